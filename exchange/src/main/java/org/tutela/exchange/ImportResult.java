package org.tutela.exchange;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tutela.core.registry.RecordKind;

/**
 * What an import read and wrote. {@code counts} has the records of each kind the file holds;
 * {@code created} are new to the registry, {@code revised} got a new revision, {@code unchanged} were
 * already there exactly so and were not written again. {@code skipped} counts, per FtM schema, the
 * entities left out because the caller asked to skip unsupported schemata.
 */
public record ImportResult(String file, Map<RecordKind, Integer> counts, int created, int revised, int unchanged,
                           Map<String, Integer> skipped, List<ImportWarning> warnings) {
    public ImportResult {
        EnumMap<RecordKind, Integer> sorted = new EnumMap<>(RecordKind.class);
        sorted.putAll(counts);
        counts = java.util.Collections.unmodifiableMap(sorted);
        skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
        warnings = List.copyOf(warnings);
    }

    /** Records read from the file, all kinds together. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(RecordKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** Records written by the import: created plus revised. */
    public int written() {
        return created + revised;
    }
}
