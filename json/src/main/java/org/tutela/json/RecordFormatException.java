package org.tutela.json;

import java.util.Locale;
import java.util.Optional;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.Problem;

/**
 * A JSON record that cannot be read: names the field (as a path such as {@code names[0].full}) and
 * what is wrong with it. Where the problem is worded by the problems bundle (a {@link Problem}, or a record's
 * own refusal with its key), {@link #problem(Locale)} says it in the reader's language; {@link #getMessage()}
 * keeps the English, for logs.
 */
public final class RecordFormatException extends IllegalArgumentException {
    private final String field;
    private final transient Optional<Problem> worded;

    public RecordFormatException(String field, String problem, Throwable cause) {
        super((field.isEmpty() ? "" : field + ": ") + problem, cause);
        this.field = field;
        this.worded = Optional.empty();
    }

    public RecordFormatException(String field, Problem problem, Throwable cause) {
        super((field.isEmpty() ? "" : field + ": ") + problem.english(), cause);
        this.field = field;
        this.worded = Optional.of(problem);
    }

    public String field() {
        return field;
    }

    /** The problem in English, without the field. */
    public String problem() {
        return getMessage().substring(field.isEmpty() ? 0 : field.length() + 2);
    }

    /** The problem in {@code locale}, without the field; its English words where it has no key. */
    public String problem(Locale locale) {
        if (worded != null && worded.isPresent()) {
            return worded.get().text(locale);
        }
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidRecordException i && i.key().isPresent()) {
                return i.problem(locale);
            }
        }
        return problem();
    }
}
