package org.tutela.app.screening;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
import java.util.Optional;
import org.tutela.core.registry.Problem;
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
 * (a cooperation request; {@code kind} and {@code id} may be left out), a JSON array of records, the
 * wrapper form {@code {"screen": id, "records": [...]}} that names the request to screen, or Tutela JSON
 * lines. Records other than the request carry the facts that came with it. Every reference must resolve
 * within the intake or the registry. Errors name the line of the file where the record at fault starts,
 * and for malformed JSON the line and column.
 */
public final class Intake {
    /** The field of the wrapper form that names the request to screen. */
    public static final String SCREEN = "screen";
    /** The field of the wrapper form that holds the records. */
    public static final String RECORDS = "records";

    private final RecordJson json = new RecordJson();

    /** An intake as read: its records, and the request it names to be screened (the wrapper form's {@code screen}). */
    public record Read(List<RegistryRecord> records, Optional<RecordId> screen) {
        public Read {
            records = List.copyOf(records);
        }
    }

    public List<RegistryRecord> read(Path file, RegistryView registry) {
        return readIntake(file, registry).records();
    }

    /** Reads an intake file; every error names the file and the line (and column, for malformed JSON). */
    public Read readIntake(Path file, RegistryView registry) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(name, 0, "", Problem.of("intake.not-utf8"), e);
        } catch (IOException e) {
            throw new ImportException(name, 0, "", Problem.of("intake.unreadable", String.valueOf(e.getMessage())), e);
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new ImportException(name, 0, "", Problem.of("intake.empty"), null);
        }
        if (trimmed.startsWith("{") && isJsonLines(trimmed)) {
            return new Read(new Importer(json).check(file, Format.TUTELA_JSONL, registry, ImportOptions.strict()).records(),
                    Optional.empty());
        }
        List<Located> items = new ArrayList<>();
        Optional<RecordId> screen = Optional.empty();
        try (JsonParser parser = json.objectMapper().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                items.addAll(elements(parser));
            } else if (first == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode whole = json.objectMapper().readTree(parser);
                if (whole.has(RECORDS)) {
                    Unwrapped u = unwrap(name, whole, line);
                    items.addAll(u.items());
                    screen = u.screen();
                } else {
                    items.add(new Located(whole, line));
                }
            } else {
                throw new ImportException(name, 1, "", Problem.of("intake.not-intake"), null);
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ImportException(name, at.getLineNr(), "", Problem.of("intake.trailing", at.getLineNr(), at.getColumnNr()), null);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            // the parser's own description of the fault is its English, given as it is; the place is the reader's words
            throw new ImportException(name, line, "", at == null ? Problem.of("intake.malformed.nowhere", e.getOriginalMessage())
                    : Problem.of("intake.malformed", line, at.getColumnNr(), e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ImportException(name, 0, "", Problem.of("intake.unreadable", String.valueOf(e.getMessage())), e);
        }
        return new Read(read(name, items, registry), screen);
    }

    /** Reads an intake given as a JSON value (an object, the wrapper form, or an array of objects). */
    public List<RegistryRecord> read(String name, JsonNode whole, RegistryView registry) {
        return readIntake(name, whole, registry).records();
    }

    /** As {@link #read(String, JsonNode, RegistryView)}, with the request the wrapper form names. */
    public Read readIntake(String name, JsonNode whole, RegistryView registry) {
        List<Located> items = new ArrayList<>();
        Optional<RecordId> screen = Optional.empty();
        if (whole.isArray()) {
            whole.forEach(item -> items.add(new Located(item, 0)));
        } else if (whole.isObject() && whole.has(RECORDS)) {
            Unwrapped u = unwrap(name, whole, 0);
            items.addAll(u.items());
            screen = u.screen();
        } else {
            items.add(new Located(whole, 0));
        }
        return new Read(read(name, items, registry), screen);
    }

    private record Located(JsonNode node, int line) {
    }

    private record Unwrapped(List<Located> items, Optional<RecordId> screen) {
    }

    /** The wrapper form: {@code {"screen": "<request id>", "records": [ ... ]}}. */
    private static Unwrapped unwrap(String name, JsonNode whole, int line) {
        JsonNode records = whole.get(RECORDS);
        if (!records.isArray()) {
            throw new ImportException(name, line, RECORDS, Problem.of("intake.records-not-list"), null);
        }
        java.util.Iterator<String> fields = whole.fieldNames();
        while (fields.hasNext()) {
            String f = fields.next();
            if (!f.equals(RECORDS) && !f.equals(SCREEN)) {
                throw new ImportException(name, line, f, Problem.of("intake.not-a-field", SCREEN, RECORDS), null);
            }
        }
        Optional<RecordId> screen = Optional.empty();
        if (whole.has(SCREEN)) {
            JsonNode id = whole.get(SCREEN);
            if (!id.isTextual()) {
                throw new ImportException(name, line, SCREEN, Problem.of("intake.screen-not-text"), null);
            }
            try {
                screen = Optional.of(RecordId.of(id.asText()));
            } catch (IllegalArgumentException e) {
                throw new ImportException(name, line, SCREEN, Problem.of("intake.screen-not-id", id.asText()), e);
            }
        }
        List<Located> items = new ArrayList<>();
        records.forEach(item -> items.add(new Located(item, 0)));
        return new Unwrapped(items, screen);
    }

    /** The elements of the array the parser stands at, each with the line it starts on. */
    private List<Located> elements(JsonParser parser) throws IOException {
        List<Located> out = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                JsonLocation at = parser.currentLocation();
                throw new JsonParseException(parser, "the list of records is not closed with ']'", at);
            }
            int line = parser.currentTokenLocation().getLineNr();
            out.add(new Located(json.objectMapper().readTree(parser), line));
        }
        return out;
    }

    private List<RegistryRecord> read(String name, List<Located> items, RegistryView registry) {
        if (items.isEmpty()) {
            throw new ImportException(name, 0, "", Problem.of("intake.empty-list"), null);
        }
        List<RegistryRecord> records = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i).node();
            int position = i + 1;
            // the line in the file where the record starts; its position in the list where there is no file
            int where = items.get(i).line() > 0 ? items.get(i).line() : position;
            if (!item.isObject()) {
                throw new ImportException(name, where, "", Problem.of("intake.not-object", position), null);
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
                throw new ImportException(name, where, e.field(), e.problem(), e::problem, e);
            }
        }
        RegistryView view = registry.with(records);
        for (int i = 0; i < records.size(); i++) {
            for (RecordId ref : records.get(i).referencedIds()) {
                if (view.get(ref).isEmpty()) {
                    int where = items.get(i).line() > 0 ? items.get(i).line() : i + 1;
                    throw new ImportException(name, where, "", Problem.of("intake.dangling", records.get(i).id().value(), ref.value()), null);
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
