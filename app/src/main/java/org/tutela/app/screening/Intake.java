package org.tutela.app.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.RegistryView;
import org.tutela.exchange.Format;
import org.tutela.exchange.ImportException;
import org.tutela.exchange.ImportOptions;
import org.tutela.exchange.Importer;
import org.tutela.json.RecordFormatException;
import org.tutela.json.RecordJson;

/**
 * Reads a request to be screened, in the intake format documented in docs/INTAKE.md: one JSON object
 * (a cooperation request; {@code kind} and {@code id} may be left out), a JSON array of records, or
 * Tutela JSON lines. Records other than the request carry the facts that came with it. Every reference
 * must resolve within the intake or the registry.
 */
public final class Intake {
    private final RecordJson json = new RecordJson();

    public List<RegistryRecord> read(Path file, RegistryView registry) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(name, 0, "", "is not UTF-8 text");
        } catch (IOException e) {
            throw new ImportException(name, 0, "", "cannot be read: " + e.getMessage());
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new ImportException(name, 0, "", "is empty: an intake needs a cooperation request");
        }
        JsonNode whole = null;
        try {
            whole = json.objectMapper().readTree(trimmed);
        } catch (JsonProcessingException e) {
            // not one JSON document: read as JSON lines below
        }
        if (whole != null && (whole.isArray() || whole.isObject()) && (whole.isArray() || !isJsonLines(trimmed))) {
            return read(name, whole, registry);
        }
        return new Importer(json).check(file, Format.TUTELA_JSONL, registry, ImportOptions.strict()).records();
    }

    /** Reads an intake given as a JSON value (an object or an array of objects). */
    public List<RegistryRecord> read(String name, JsonNode whole, RegistryView registry) {
        List<JsonNode> items = new ArrayList<>();
        if (whole.isArray()) {
            whole.forEach(items::add);
        } else {
            items.add(whole);
        }
        if (items.isEmpty()) {
            throw new ImportException(name, 0, "", "is an empty list: an intake needs a cooperation request");
        }
        List<RegistryRecord> records = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            int position = i + 1;
            if (!item.isObject()) {
                throw new ImportException(name, position, "", "record " + position + " is not a JSON object");
            }
            ObjectNode tree = ((ObjectNode) item).deepCopy();
            if (!tree.has(RecordJson.KIND)) {
                tree.put(RecordJson.KIND, RecordKind.COOPERATION_REQUEST.slug());
            }
            if (!tree.hasNonNull("id")) {
                RecordKind kind = RecordKind.fromSlug(tree.get(RecordJson.KIND).asText()).orElse(RecordKind.COOPERATION_REQUEST);
                tree.put("id", RecordId.random(kind).value());
            }
            try {
                records.add(json.read(tree));
            } catch (RecordFormatException e) {
                throw new ImportException(name, position, e.field(), e.getMessage().substring(e.field().isEmpty() ? 0 : e.field().length() + 2), e);
            }
        }
        RegistryView view = registry.with(records);
        for (int i = 0; i < records.size(); i++) {
            for (RecordId ref : records.get(i).referencedIds()) {
                if (view.get(ref).isEmpty()) {
                    throw new ImportException(name, i + 1, "", records.get(i).id() + " refers to " + ref
                            + ", which is neither in the intake nor in the registry");
                }
            }
        }
        return records;
    }

    private static boolean isJsonLines(String text) {
        String[] lines = text.split("\n");
        return lines.length > 1 && lines[0].strip().startsWith("{") && lines[0].strip().endsWith("}");
    }
}
