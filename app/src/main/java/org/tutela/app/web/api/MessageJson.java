package org.tutela.app.web.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.tutela.app.search.MatchReading;
import org.tutela.core.screening.Message;

/**
 * The API writes each message of a report (a fact, a reason, a warning, a line of the assessment) as its
 * key and arguments, as stored, and beside them its {@code text} in the caller's language (the page's
 * language: {@code ?lang=}, cookie, Accept-Language), so that a client needs no bundle to show it. Only
 * the API's answers carry the text: the database and the files keep the reference alone.
 */
public final class MessageJson {
    private MessageJson() {
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("tutela-message-text");
        module.addSerializer(Message.class, new StdSerializer<>(Message.class) {
            @Override
            public void serialize(Message m, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                provider.defaultSerializeField("args", m.args(), gen);
                gen.writeStringField("key", m.key());
                gen.writeStringField("text", MatchReading.anyText(m, LocaleContextHolder.getLocale()));
                gen.writeEndObject();
            }
        });
        return module;
    }
}
