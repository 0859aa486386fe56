package org.tutela.exchange;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.tutela.core.registry.Problem;

/**
 * An import that cannot go ahead, naming the file, the line (1-based; 0 when the fault is not on one
 * line) and the field (a record field path such as {@code names[0].full}, or an FtM property such as
 * {@code birthDate} or {@code tutela:measures}; empty when the whole line is at fault). Nothing has
 * been written when it is thrown. Where the problem is worded by the problems bundle, {@link #message(Locale)}
 * says it in the reader's language (the file, line and field stay as they are); {@link #getMessage()} keeps
 * the English, for logs.
 */
public final class ImportException extends RuntimeException {
    private final String file;
    private final int line;
    private final String field;
    private final String problem;
    private final transient Optional<Function<Locale, String>> worded;

    public ImportException(String file, int line, String field, String problem, Throwable cause) {
        this(file, line, field, problem, Optional.empty(), cause);
    }

    public ImportException(String file, int line, String field, String problem) {
        this(file, line, field, problem, null);
    }

    /** A problem worded by the problems bundle. */
    public ImportException(String file, int line, String field, Problem problem, Throwable cause) {
        this(file, line, field, problem.english(), Optional.of(problem::text), cause);
    }

    /** A problem worded in each language by {@code worded} (a record's own problem, read from the file). */
    public ImportException(String file, int line, String field, String english, Function<Locale, String> worded, Throwable cause) {
        this(file, line, field, english, Optional.of(worded), cause);
    }

    private ImportException(String file, int line, String field, String problem, Optional<Function<Locale, String>> worded, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ") + problem, cause);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
        this.worded = worded;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    /** The problem in {@code locale}; its English words where it is not worded by a bundle. */
    public String problem(Locale locale) {
        return worded != null && worded.isPresent() ? worded.get().apply(locale) : problem;
    }

    /** The whole message in {@code locale}: the file, the line and the field as they are, the problem in its words. */
    public String message(Locale locale) {
        return file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ") + problem(locale);
    }
}
