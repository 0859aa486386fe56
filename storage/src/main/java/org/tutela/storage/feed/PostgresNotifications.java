package org.tutela.storage.feed;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one connection of its own for the feed's notifications from every server and wakes the
 * followers here. A hint only: followers also poll, so a dropped connection (reconnected after a pause)
 * delays consumers by at most one poll interval and loses nothing.
 */
final class PostgresNotifications implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotifications.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final Runnable wake;
    private final Thread thread;
    private volatile boolean stopped;

    PostgresNotifications(DataSource dataSource, Runnable wake) {
        this.dataSource = dataSource;
        this.wake = wake;
        this.thread = new Thread(this::run, "feed-notifications");
        this.thread.setDaemon(true);
    }

    PostgresNotifications start() {
        thread.start();
        return this;
    }

    private void run() {
        while (!stopped) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + FeedWriter.CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                // a commit here before LISTEN took effect would go unheard: look once now
                wake.run();
                while (!stopped) {
                    PGNotification[] heard = pg.getNotifications(WAIT_MILLIS);
                    if (heard != null && heard.length > 0) {
                        wake.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!stopped) {
                    LOG.warn("listening for change feed notifications failed ({}); consumers poll meanwhile, retrying in 5 s",
                            e.getMessage());
                    pause(5_000);
                }
            }
        }
    }

    private void pause(long millis) {
        long until = System.currentTimeMillis() + millis;
        while (!stopped && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(WAIT_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
