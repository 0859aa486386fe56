package org.tutela.exchange.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.json.RecordFormatException;
import org.tutela.json.RecordJson;

/**
 * The seed case (Botagoz Jardemalie and the related exiles of the seed documents) as registry records,
 * for demonstrations, screening examples and end-to-end tests.
 *
 * <p>The data lives in {@value #RESOURCE}: Tutela JSON lines, one record per line in the form
 * {@link RecordJson#toTreeWithKind} writes, ordered so that every record a line refers to stands on an
 * earlier line (sources first). Where the sources give only a month or a year, or only a date by which
 * something had happened, {@code provenance.validFrom} holds the day by which it certainly had (the last
 * day of that month or year), so that a screening "as of" a date never sees it too early; the first
 * citation's passage then ends with "[approximate date: ...]". Incidents, decisions and requests read
 * their date from validFrom when they have none of their own, and their JSON form writes it out, so for
 * those kinds the marker is the only sign that the day is inferred. Where the sources disagree, each
 * statement is a {@code Claim} of its own.
 */
public final class DemoCase {
    public static final String RESOURCE = "/demo/seed-case.jsonl";
    private static final String FILE_NAME = "seed-case.jsonl";

    private DemoCase() {
    }

    /** Every record of the seed case, in file order. */
    public static List<RegistryRecord> records() {
        InputStream in = DemoCase.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("demo data " + RESOURCE + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo data " + RESOURCE, e);
        }
    }

    /** The seed case as an in-memory registry view, for screening it or browsing it without storage. */
    public static RecordSet recordSet() {
        return RecordSet.of(records());
    }

    /**
     * Reads Tutela JSON lines, all or nothing: the first bad line stops the reading with an error naming
     * the line and the field. Blank lines are skipped; a record may only refer to records on earlier lines.
     */
    static List<RegistryRecord> read(Reader source, String fileName) throws IOException {
        RecordJson json = new RecordJson();
        List<RegistryRecord> records = new ArrayList<>();
        Set<RecordId> seen = new HashSet<>();
        BufferedReader lines = new BufferedReader(source);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            RegistryRecord record = parse(json, line, fileName, number);
            if (!seen.add(record.id())) {
                throw new DemoCaseException(fileName, number, "id", "'" + record.id() + "' is already used on an earlier line", null);
            }
            for (RecordId ref : record.referencedIds()) {
                if (!seen.contains(ref)) {
                    throw new DemoCaseException(fileName, number, "", "record " + record.id() + " refers to '" + ref
                            + "', which no earlier line defines", null);
                }
            }
            records.add(record);
        }
        return List.copyOf(records);
    }

    private static RegistryRecord parse(RecordJson json, String line, String fileName, int number) {
        JsonNode tree;
        try {
            tree = json.objectMapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new DemoCaseException(fileName, number, "", "malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new DemoCaseException(fileName, number, "", "a line must hold one JSON object", null);
        }
        try {
            return json.read(tree);
        } catch (RecordFormatException e) {
            String problem = e.field().isEmpty() ? e.getMessage() : e.getMessage().substring(e.field().length() + 2);
            throw new DemoCaseException(fileName, number, e.field(), problem, e);
        }
    }
}
