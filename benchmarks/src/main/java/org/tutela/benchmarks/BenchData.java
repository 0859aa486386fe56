package org.tutela.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reading the shared name data (never copied into the repository; read where it lies). */
final class BenchData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchData() {
    }

    /** A person with all the spellings a source gives for them. */
    record Cluster(String id, List<String> names) {
    }

    record LabelledPair(String group, String schema, String name1, String name2, boolean match) {
    }

    static List<Cluster> euClusters(Path dir) throws IOException {
        List<Cluster> out = new ArrayList<>();
        int i = 0;
        for (String line : Files.readAllLines(dir.resolve("eu-sanctions-person-clusters.dev.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            Set<String> names = new LinkedHashSet<>();
            n.path("names").forEach(x -> names.add(x.asText().strip()));
            out.add(new Cluster("eu" + (i++), List.copyOf(names)));
        }
        return out;
    }

    static List<Cluster> ofacClusters(Path dir) throws IOException {
        List<Cluster> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("ofac-sdn-2021-eastern-europe-central-asia-clusters.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            Set<String> names = new LinkedHashSet<>();
            names.add(n.path("name").asText().strip());
            n.path("aliases").forEach(a -> names.add(a.path("name").asText().strip()));
            out.add(new Cluster("ofac" + n.path("ent_num").asText(), List.copyOf(names)));
        }
        return out;
    }

    static List<String> column(Path file, String column) throws IOException {
        List<List<String>> rows = csv(file);
        int c = rows.get(0).indexOf(column);
        if (c < 0) {
            throw new IOException(file + " has no column " + column);
        }
        List<String> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            out.add(r.size() > c ? r.get(c) : "");
        }
        return out;
    }

    static List<LabelledPair> nomenklatura(Path dir) throws IOException {
        List<List<String>> rows = csv(dir.resolve("nomenklatura-name-bench-cases.csv"));
        List<String> h = rows.get(0);
        List<LabelledPair> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            out.add(new LabelledPair(r.get(h.indexOf("case_group")), r.get(h.indexOf("schema")), r.get(h.indexOf("name1")),
                    r.get(h.indexOf("name2")), Boolean.parseBoolean(r.get(h.indexOf("is_match")))));
        }
        return out;
    }

    /** RFC 4180 rows; small and strict enough for the benchmark files. */
    static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int c;
            while ((c = in.read()) != -1) {
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int d = in.read();
                        if (d == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (d == -1) {
                                break;
                            }
                            in.reset();
                        }
                    } else {
                        cell.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (c != '\r') {
                    cell.append((char) c);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
        }
        return rows;
    }
}
