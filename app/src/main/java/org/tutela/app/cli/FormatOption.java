package org.tutela.app.cli;

import java.util.Arrays;
import org.tutela.exchange.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format tutela|ftm}. */
final class FormatOption implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        return Format.fromSlug(value).orElseThrow(() -> new TypeConversionException("'" + value
                + "' is not a format; expected one of " + Arrays.stream(Format.values()).map(Format::slug).toList()));
    }
}
