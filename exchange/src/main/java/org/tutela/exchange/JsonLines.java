package org.tutela.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.tutela.json.RecordFormatException;

/**
 * Reads a file of JSON lines: one object a line, blank lines allowed, nothing else. Undecodable bytes,
 * malformed JSON and a line's own faults become an {@link ImportException} naming file and line.
 */
final class JsonLines {

    interface Handler {
        /** Takes one line's object; throws {@link RecordFormatException} naming the field at fault. */
        void line(int number, JsonNode object);
    }

    private final ObjectReader reader;

    JsonLines(ObjectMapper mapper) {
        // a line such as {"a":1} {"b":2} holds two values: strict lines refuse it rather than drop the second
        this.reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).forType(JsonNode.class);
    }

    void read(String file, InputStream in, Handler handler) {
        // REPORT, not the default REPLACE: a file that is not UTF-8 must not turn names into U+FFFD silently.
        // Each line is decoded on its own so that the error names the line the bad bytes are on.
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int number = 0;
        // not closed here: the caller opened the stream and closes it
        InputStream bytes = new BufferedInputStream(in);
        try {
            ByteArrayOutputStream current = new ByteArrayOutputStream();
            boolean more = true;
            while (more) {
                int b = bytes.read();
                if (b != -1 && b != '\n') {
                    current.write(b);
                    continue;
                }
                more = b != -1;
                if (!more && current.size() == 0) {
                    break;
                }
                number++;
                String line;
                try {
                    line = decoder.decode(ByteBuffer.wrap(current.toByteArray())).toString();
                } catch (CharacterCodingException e) {
                    throw new ImportException(file, number, "", "is not valid UTF-8 text", e);
                }
                current.reset();
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = reader.readValue(line);
                } catch (JsonProcessingException e) {
                    throw new ImportException(file, number, "", "malformed JSON: " + e.getOriginalMessage(), e);
                }
                if (!node.isObject()) {
                    throw new ImportException(file, number, "", "each line must hold one JSON object, not " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
                }
                try {
                    handler.line(number, node);
                } catch (RecordFormatException e) {
                    throw new ImportException(file, number, e.field(), problem(e), e);
                }
            }
        } catch (IOException e) {
            throw new ImportException(file, number, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    static String problem(RecordFormatException e) {
        String message = e.getMessage();
        return e.field().isEmpty() ? message : message.substring(e.field().length() + 2);
    }
}
