package org.tutela.storage.security;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.tutela.storage.StorageException;

/** One transaction on a pooled connection: committed if the work returns, rolled back if it throws. */
final class Jdbc {
    private Jdbc() {
    }

    static <T> T inTransaction(DataSource dataSource, AccountStore.Work<T> work, String what) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read or write " + what + ": " + e.getMessage(), e);
        }
    }
}
