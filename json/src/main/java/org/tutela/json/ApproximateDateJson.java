package org.tutela.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.InvalidRecordException;

/**
 * Reads a date as recorded from its text form ({@code "2013-05-14"}, {@code "2013"}, {@code "2013~"},
 * {@code "2013/2015"}). Only text is a date: Jackson's string deserialisers would read the number 2013 as
 * the year, and a number where a date belongs is more likely a mistake than a year.
 */
final class ApproximateDateJson extends StdScalarDeserializer<ApproximateDate> {

    ApproximateDateJson() {
        super(ApproximateDate.class);
    }

    @Override
    public ApproximateDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (ApproximateDate) ctxt.handleUnexpectedToken(ApproximateDate.class, p);
        }
        String text = p.getText();
        try {
            return ApproximateDate.parse("date", text);
        } catch (InvalidRecordException e) {
            InvalidFormatException wrong = InvalidFormatException.from(p, e.problem(), text, ApproximateDate.class);
            wrong.initCause(e);
            throw wrong;
        }
    }
}
