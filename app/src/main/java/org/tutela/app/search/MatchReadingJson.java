package org.tutela.app.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A line of a match's explanation in JSON as a report's messages are written: its {@code key}, its {@code args}
 * (a role is itself a line) and its {@code text} in the reader's language, so that a client needs no bundle.
 */
public final class MatchReadingJson {
    private MatchReadingJson() {
    }

    /** {@code locale}: the caller's language (the web request's, or the command line's {@code --lang}). */
    public static SimpleModule module(Supplier<Locale> locale) {
        SimpleModule module = new SimpleModule("tutela-match-reading");
        module.addSerializer(MatchReading.Line.class, new StdSerializer<>(MatchReading.Line.class) {
            @Override
            public void serialize(MatchReading.Line line, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                provider.defaultSerializeField("args", line.args(), gen);
                gen.writeStringField("key", line.key());
                gen.writeStringField("text", MatchReading.text(line, locale.get()));
                gen.writeEndObject();
            }
        });
        return module;
    }
}
