package org.tutela.benchmarks.datasets;

import java.nio.file.Path;

/** A row of a shared data file that cannot be read: says which file, which line and what is wrong. */
public final class DatasetFormatException extends RuntimeException {

    public DatasetFormatException(Path file, long line, String problem) {
        super(file.getFileName() + ", line " + line + ": " + problem);
    }

    public DatasetFormatException(Path file, long line, String problem, Throwable cause) {
        super(file.getFileName() + ", line " + line + ": " + problem, cause);
    }
}
