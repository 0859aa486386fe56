package org.tutela.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.exchange.ftm.FtmMapping;
import org.tutela.exchange.jsonl.TutelaLines;
import org.tutela.json.RecordJson;

/**
 * Writes the registry (or any view of it) as lines, one record a line, in a stable order: by kind in
 * the order of {@link RecordKind}, then by id. Each line is written as soon as it is made, so the
 * output is never held whole in memory.
 */
public final class Exporter {
    private final ObjectMapper mapper;
    private final TutelaLines tutela;
    private final FtmMapping ftm;
    private final org.tutela.exchange.ftm.StrictFtm strict;

    public Exporter() {
        this(new RecordJson());
    }

    public Exporter(RecordJson json) {
        this.mapper = json.objectMapper();
        this.tutela = new TutelaLines(json);
        this.ftm = new FtmMapping(json);
        this.strict = new org.tutela.exchange.ftm.StrictFtm(json);
    }

    /**
     * Writes every current record of {@code registry} as strict FollowTheMoney: standard schemata and
     * properties only (see {@link org.tutela.exchange.ftm.StrictFtm}); returns how many entities.
     */
    public long exportStrictFtm(RegistryView registry, OutputStream out) throws IOException {
        return writeLines(registry, out, record -> strict.entities(record, registry).stream().map(e -> e.toJson(mapper)).toList());
    }

    /** Writes every current record of {@code registry} to {@code out} (left open) and returns how many. */
    public long export(RegistryView registry, Format format, OutputStream out) throws IOException {
        return writeLines(registry, out, record -> List.of(format == Format.FTM ? ftm.toEntity(record).toJson(mapper) : tutela.write(record)));
    }

    /** The lines each record becomes, written in the stable order as they are made; returns how many lines. */
    private long writeLines(RegistryView registry, OutputStream out, Function<RegistryRecord, List<? extends JsonNode>> lines)
            throws IOException {
        long count = 0;
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setRootValueSeparator(null);
            for (RecordKind kind : RecordKind.values()) {
                List<? extends RegistryRecord> records = registry.all(kind.type()).stream()
                        .sorted(Comparator.comparing(RegistryRecord::id)).toList();
                for (RegistryRecord record : records) {
                    for (JsonNode line : lines.apply(record)) {
                        generator.writeTree(line);
                        generator.writeRaw('\n');
                        count++;
                    }
                }
                generator.flush();
            }
        }
        return count;
    }
}
