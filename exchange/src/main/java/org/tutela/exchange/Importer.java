package org.tutela.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.MissingReferenceException;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.Registry;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.exchange.ftm.FtmEntity;
import org.tutela.exchange.ftm.FtmMapping;
import org.tutela.exchange.jsonl.TutelaLines;
import org.tutela.json.RecordFormatException;
import org.tutela.json.RecordJson;

/**
 * Imports a file into the registry, all or nothing. The whole file is read and checked first: every
 * line parsed, every record built, no id twice, every reference resolved against the file and the
 * registry. Only then is anything written, with one {@link Registry#saveAll} call, which the registry
 * runs as one transaction. A failed import throws an {@link ImportException} and leaves the registry
 * as it was. Records already in the registry exactly as in the file are not written again, so
 * importing the same file twice adds no revisions.
 */
public final class Importer {
    private final RecordJson json;
    private final TutelaLines tutela;
    private final FtmMapping ftm;
    private final JsonLines lines;

    public Importer() {
        this(new RecordJson());
    }

    public Importer(RecordJson json) {
        this.json = json;
        this.tutela = new TutelaLines(json);
        this.ftm = new FtmMapping(json);
        this.lines = new JsonLines(json.objectMapper());
    }

    /** The records a file would import, checked against {@code registry}, and what importing would do. */
    public record Plan(List<RegistryRecord> records, List<RegistryRecord> changed, ImportResult result) {
        public Plan {
            records = List.copyOf(records);
            changed = List.copyOf(changed);
        }
    }

    public ImportResult importFile(Path file, Format format, Registry registry, Change change, ImportOptions options) {
        try (InputStream in = open(file)) {
            return importStream(file.toString(), in, format, registry, change, options);
        } catch (IOException e) {
            throw new ImportException(file.toString(), 0, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Imports from a stream (an upload); {@code fileName} is what errors call it. The caller closes the stream. */
    public ImportResult importStream(String fileName, InputStream in, Format format, Registry registry, Change change,
                                     ImportOptions options) {
        Checked checked = read(fileName, in, format, registry, options);
        Plan plan = checked.plan();
        if (!plan.changed().isEmpty()) {
            try {
                registry.saveAll(plan.changed(), change);
            } catch (MissingReferenceException e) {
                // a cited record was retracted between the check and the write
                Read read = checked.byId().get(e.record());
                if (read == null) {
                    throw new ImportException(fileName, 0, "", "the registry refused the import, nothing was written: " + e.getMessage(), e);
                }
                throw new ImportException(fileName, read.line(), read.fieldHolding().apply(e.missing()).orElse(""),
                        "refers to '" + e.missing() + "', which is no longer in the registry; nothing was written", e);
            } catch (RuntimeException e) {
                throw new ImportException(fileName, 0, "", "the registry refused the import, nothing was written: " + e.getMessage(), e);
            }
        }
        return plan.result();
    }

    /** Reads and checks a file without writing: what {@link #importFile} would do, or the error it would stop on. */
    public Plan check(Path file, Format format, RegistryView registry, ImportOptions options) {
        try (InputStream in = open(file)) {
            return check(file.toString(), in, format, registry, options);
        } catch (IOException e) {
            throw new ImportException(file.toString(), 0, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    public Plan check(String fileName, InputStream in, Format format, RegistryView registry, ImportOptions options) {
        return read(fileName, in, format, registry, options).plan();
    }

    private record Checked(Plan plan, Map<RecordId, Read> byId) {
    }

    private Checked read(String fileName, InputStream in, Format format, RegistryView registry, ImportOptions options) {
        List<Read> reads = new ArrayList<>();
        Map<RecordId, String> skipped = new HashMap<>();
        Map<String, Integer> skippedBySchema = new TreeMap<>();
        List<ImportWarning> warnings = new ArrayList<>();
        lines.read(fileName, in, (number, node) -> {
            if (reads.size() + skippedBySchema.values().stream().mapToInt(Integer::intValue).sum() >= options.maxRecords()) {
                throw new ImportException(fileName, number, "", org.tutela.core.registry.Limits.message("limit.records", options.maxRecords()), null);
            }
            FtmMapping.Warnings warn = (field, message) -> warnings.add(new ImportWarning(fileName, number, field, message));
            if (format == Format.TUTELA_JSONL) {
                RegistryRecord record = tutela.read(node);
                // the record's own tree has the line's field paths; holding it instead of the line keeps one copy in memory
                reads.add(new Read(record, number, id -> TutelaLines.fieldHolding(tutela.write(record), id)));
                return;
            }
            FtmEntity entity = FtmEntity.parse(node);
            if (FtmMapping.kindOf(entity.schema()).isEmpty()) {
                if (entity.schema().startsWith(FtmMapping.PREFIX)) {
                    throw new RecordFormatException("schema", "'" + entity.schema() + "' is not one of Tutela's extension schemata; supported: "
                            + FtmMapping.supportedSchemata(), null);
                }
                if (!options.skipUnsupportedSchemata()) {
                    throw new RecordFormatException("schema", "'" + entity.schema() + "' is not a schema Tutela imports (supported: "
                            + FtmMapping.supportedSchemata() + "); ask to skip unsupported schemata to leave such entities out", null);
                }
                skipped.put(id(entity.id()), entity.schema());
                skippedBySchema.merge(entity.schema(), 1, Integer::sum);
                return;
            }
            RegistryRecord record = ftm.toRecord(entity, warn);
            reads.add(new Read(record, number, id -> entity.propertyHolding(id.value())));
        });
        return plan(fileName, reads, skipped, skippedBySchema, warnings, registry);
    }

    private static RecordId id(String value) {
        try {
            return RecordId.of(value);
        } catch (InvalidRecordException e) {
            throw new RecordFormatException("id", e.problem(), e);
        }
    }

    private record Read(RegistryRecord record, int line, Function<RecordId, Optional<String>> fieldHolding) {
    }

    private Checked plan(String file, List<Read> reads, Map<RecordId, String> skipped, Map<String, Integer> skippedBySchema,
                      List<ImportWarning> warnings, RegistryView registry) {
        Map<RecordId, Read> byId = new LinkedHashMap<>();
        for (Read read : reads) {
            Read before = byId.putIfAbsent(read.record().id(), read);
            if (before != null) {
                throw new ImportException(file, read.line(), "id", "'" + read.record().id() + "' is already used on line " + before.line());
            }
        }
        // many records cite the same few sources and persons: ask the registry about each id once
        Map<RecordId, Optional<RegistryRecord>> current = new HashMap<>();
        Function<RecordId, Optional<RegistryRecord>> lookup = id -> current.computeIfAbsent(id, registry::get);
        for (Read read : reads) {
            for (RecordId ref : new java.util.TreeSet<>(read.record().referencedIds())) {
                if (byId.containsKey(ref) || lookup.apply(ref).isPresent()) {
                    continue;
                }
                String field = read.fieldHolding().apply(ref).orElse("");
                if (skipped.containsKey(ref)) {
                    throw new ImportException(file, read.line(), field, "refers to '" + ref + "', a " + skipped.get(ref)
                            + " entity that was skipped as unsupported; it would be missing from the registry");
                }
                throw new ImportException(file, read.line(), field, "refers to '" + ref + "', which is neither in the file nor in the registry");
            }
        }
        Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
        List<RegistryRecord> changed = new ArrayList<>();
        int created = 0;
        int revised = 0;
        for (Read read : reads) {
            RegistryRecord record = read.record();
            counts.merge(record.kind(), 1, Integer::sum);
            Optional<RegistryRecord> stored = registry.get(record.id());
            if (stored.isEmpty()) {
                created++;
                changed.add(record);
            } else if (stored.get().kind() != record.kind()) {
                throw new ImportException(file, read.line(), "id", "'" + record.id() + "' is a " + stored.get().kind().slug()
                        + " in the registry; the file makes it a " + record.kind().slug());
            } else if (!stored.get().equals(record)) {
                revised++;
                changed.add(record);
            }
        }
        ImportResult result = new ImportResult(file, counts, created, revised, reads.size() - created - revised, skippedBySchema, warnings);
        return new Checked(new Plan(reads.stream().map(Read::record).toList(), changed, result), byId);
    }

    private static InputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        return Files.newInputStream(file);
    }

}
