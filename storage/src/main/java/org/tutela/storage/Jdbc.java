package org.tutela.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Work on a pooled connection, the one way every table of the storage is read and written: a
 * transaction is committed if the work returns and rolled back if it throws; a failure of the
 * database becomes a {@link StorageException} that says what was being read or written.
 */
public final class Jdbc {
    private Jdbc() {
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Reads in auto-commit mode. {@code what} names the data, for the error: "the registry". */
    public static <T> T read(DataSource dataSource, Work<T> work, String what) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction. */
    public static <T> T inTransaction(DataSource dataSource, Work<T> work, String what) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot write " + what + ": " + e.getMessage(), e);
        }
    }
}
