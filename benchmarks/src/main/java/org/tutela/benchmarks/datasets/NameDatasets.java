package org.tutela.benchmarks.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tutela.benchmarks.matching.BenchName;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers for the shared name files (see {@code ../shared/data/names/README.md}). Every reader returns the rows in
 * file order and fails on the first unreadable row, naming file and line.
 */
public final class NameDatasets {

    public static final String EU_CLUSTERS = "eu-sanctions-person-clusters.dev.jsonl";
    public static final String OFAC_CLUSTERS = "ofac-sdn-2021-eastern-europe-central-asia-clusters.jsonl";
    public static final String NEGATIVES = "yente_cgb_negatives_global.csv";
    public static final String NOMENKLATURA_CASES = "nomenklatura-name-bench-cases.csv";
    public static final String YENTE_UN_TREATED = "yente_cgb_positives_un_treated.csv";
    public static final String YENTE_UN_UNTREATED = "yente_cgb_positives_un_untreated.csv";
    public static final String YENTE_US_CONGRESS = "yente_cgb_positives_us_congress_untreated.csv";
    public static final String UN_INDIVIDUALS = "un-individuals-names.dev.csv";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OFAC_NATIONALITY = Pattern.compile("nationality ([A-Z][a-z]+(?: [A-Z][a-z]+)*)");
    private static final Pattern OFAC_GENDER = Pattern.compile("Gender (Male|Female)");

    private NameDatasets() {
    }

    /** EU sanctions clusters: one entity per line ("eu-&lt;line&gt;"), one BenchName per spelling. */
    public static List<BenchName> euClusters(Path file) {
        List<BenchName> out = new ArrayList<>();
        forEachJsonLine(file, (line, node) -> {
            JsonNode names = node.get("names");
            if (names == null || !names.isArray() || names.isEmpty()) {
                throw new DatasetFormatException(file, line, "field 'names' missing or empty");
            }
            String entity = "eu-" + line;
            Optional<String> birth = Evidence.birthDate(text(node, "birthDate"));
            Optional<String> nationality = Evidence.nationality(text(node, "nationality"));
            Optional<String> gender = Evidence.gender(text(node, "gender"));
            int i = 0;
            for (JsonNode n : names) {
                String name = n.asText("").strip();
                if (name.isEmpty()) {
                    throw new DatasetFormatException(file, line, "names[" + i + "] is empty");
                }
                out.add(new BenchName(entity + "/" + i, entity, name, birth, nationality, gender));
                i++;
            }
        });
        return out;
    }

    /** OFAC SDN clusters: the primary name and every a.k.a. of one entity ("ofac-&lt;ent_num&gt;"). */
    public static List<BenchName> ofacClusters(Path file) {
        List<BenchName> out = new ArrayList<>();
        forEachJsonLine(file, (line, node) -> {
            String primary = text(node, "name").strip();
            if (primary.isEmpty()) {
                throw new DatasetFormatException(file, line, "field 'name' missing or empty");
            }
            String entity = "ofac-" + (text(node, "ent_num").isBlank() ? "line" + line : text(node, "ent_num"));
            String remarks = text(node, "remarks");
            Optional<String> birth = Evidence.birthDate(remarks.contains("DOB") ? remarks.substring(remarks.indexOf("DOB")) : "");
            Matcher nat = OFAC_NATIONALITY.matcher(remarks);
            Optional<String> nationality = nat.find() ? Evidence.nationality(nat.group(1)) : Optional.empty();
            Matcher gen = OFAC_GENDER.matcher(remarks);
            Optional<String> gender = gen.find() ? Evidence.gender(gen.group(1)) : Optional.empty();
            List<String> spellings = new ArrayList<>();
            spellings.add(primary);
            JsonNode aliases = node.get("aliases");
            if (aliases != null) {
                for (JsonNode a : aliases) {
                    String s = text(a, "name").strip();
                    if (!s.isEmpty()) {
                        spellings.add(s);
                    }
                }
            }
            for (int i = 0; i < spellings.size(); i++) {
                out.add(new BenchName(entity + "/" + i, entity, spellings.get(i), birth, nationality, gender));
            }
        });
        return out;
    }

    /**
     * The yente candidate-generation CSV layout (negatives and positives): one person per row, entity
     * "&lt;prefix&gt;-&lt;row&gt;" where row counts data rows from 0, so that treated and untreated files align.
     */
    public static List<BenchName> yentePersons(Path file, String prefix) {
        List<BenchName> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            requireColumns(file, csv, "full_name", "gender", "date_of_birth", "nationality");
            int row = 0;
            for (CSVRecord r : csv) {
                String name = r.get("full_name").strip();
                if (name.isEmpty()) {
                    throw new DatasetFormatException(file, r.getRecordNumber() + 1, "full_name is empty");
                }
                String entity = prefix + "-" + row;
                out.add(new BenchName(entity, entity, name, Evidence.birthDate(r.get("date_of_birth")),
                        Evidence.nationality(r.get("nationality")), Evidence.gender(r.get("gender"))));
                row++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new DatasetFormatException(file, 0, "not a readable CSV file: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The UN Security Council list's individuals: entity "un-&lt;dataid&gt;"; the primary Latin name is spelling 0, the
     * name in the original script (when given) spelling 1, the aliases ({@code Good:}/{@code Low:} tags removed) the
     * ones after. With {@code primaryAndOriginalOnly}, the aliases are left out.
     */
    public static List<BenchName> unIndividuals(Path file, boolean primaryAndOriginalOnly) {
        List<BenchName> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            requireColumns(file, csv, "dataid", "latin_name", "original_script", "aliases", "dob", "nationality");
            for (CSVRecord r : csv) {
                String latin = r.get("latin_name").strip();
                if (latin.isEmpty()) {
                    throw new DatasetFormatException(file, r.getRecordNumber() + 1, "latin_name is empty");
                }
                String entity = "un-" + r.get("dataid").strip();
                Optional<String> birth = Evidence.birthDate(r.get("dob"));
                Optional<String> nationality = Evidence.nationality(r.get("nationality"));
                List<String> spellings = new ArrayList<>();
                spellings.add(latin);
                String original = r.get("original_script").strip();
                if (!original.isEmpty()) {
                    spellings.add(original);
                }
                if (!primaryAndOriginalOnly) {
                    for (String alias : r.get("aliases").split("\\|")) {
                        String a = alias.strip().replaceFirst("^(Good|Low):", "").strip();
                        if (!a.isEmpty() && a.codePoints().anyMatch(Character::isLetter)) {
                            spellings.add(a);
                        }
                    }
                }
                for (int i = 0; i < spellings.size(); i++) {
                    out.add(new BenchName(entity + "/" + i, entity, spellings.get(i), birth, nationality, Optional.empty()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    /** The labelled pairs of nomenklatura's name_bench. */
    public static List<LabelledPair> nomenklaturaCases(Path file) {
        List<LabelledPair> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            requireColumns(file, csv, "case_group", "schema", "name1", "name2", "is_match", "category");
            for (CSVRecord r : csv) {
                long line = r.getRecordNumber() + 1;
                String match = r.get("is_match").strip().toLowerCase(java.util.Locale.ROOT);
                if (!match.equals("true") && !match.equals("false")) {
                    throw new DatasetFormatException(file, line, "is_match must be true or false, found '" + match + "'");
                }
                String a = r.get("name1").strip();
                String b = r.get("name2").strip();
                if (a.isEmpty() || b.isEmpty()) {
                    throw new DatasetFormatException(file, line, "name1 or name2 is empty");
                }
                out.add(new LabelledPair(line, r.get("case_group").strip(), r.get("schema").strip(), a, b,
                        match.equals("true"), r.get("category").strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    private static void requireColumns(Path file, CSVParser csv, String... columns) {
        for (String c : columns) {
            if (!csv.getHeaderMap().containsKey(c)) {
                throw new DatasetFormatException(file, 1, "header lacks column '" + c + "'");
            }
        }
    }

    private interface JsonLine {
        void accept(long line, JsonNode node);
    }

    private static void forEachJsonLine(Path file, JsonLine consumer) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(text);
                } catch (IOException e) {
                    throw new DatasetFormatException(file, line, "not JSON: " + e.getMessage(), e);
                }
                if (!node.isObject()) {
                    throw new DatasetFormatException(file, line, "expected a JSON object");
                }
                consumer.accept(line, node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText("");
    }
}
