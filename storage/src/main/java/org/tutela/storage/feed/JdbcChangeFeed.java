package org.tutela.storage.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.tutela.core.feed.ChangeFeed;
import org.tutela.core.feed.ConsumerState;
import org.tutela.core.feed.FeedAlert;
import org.tutela.core.feed.FeedEntry;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.Revision;
import org.tutela.json.RecordJson;
import org.tutela.storage.Jdbc;
import org.tutela.storage.StorageException;
import org.tutela.storage.registry.JdbcRegistry;

/**
 * The change feed in the registry's database (tables of V50): written by {@link FeedWriter} in each
 * registry transaction, read by the followers of every server. On PostgreSQL, commits on any server
 * wake the followers here through {@code LISTEN}; elsewhere only this process's commits do, and
 * polling covers the rest.
 */
public final class JdbcChangeFeed implements ChangeFeed, AutoCloseable {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_ERROR = 4000;

    private final DataSource dataSource;
    private final RecordJson json = new RecordJson();
    private final Object signal = new Object();
    private long mark; // guarded by signal
    private final Optional<PostgresNotifications> notifications;

    private JdbcChangeFeed(DataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.notifications = postgres ? Optional.of(new PostgresNotifications(dataSource, this::signal)) : Optional.empty();
    }

    /** The feed over {@code registry}'s database: adds the writer to every registry transaction. */
    public static JdbcChangeFeed attach(JdbcRegistry registry, DataSource dataSource, boolean postgres) {
        JdbcChangeFeed feed = new JdbcChangeFeed(dataSource, postgres);
        registry.participate(new FeedWriter(postgres));
        registry.onChange(revisions -> feed.signal());
        feed.notifications.ifPresent(PostgresNotifications::start);
        return feed;
    }

    /** Wakes the followers of this process: something may have been committed. */
    public void signal() {
        synchronized (signal) {
            mark++;
            signal.notifyAll();
        }
    }

    @Override
    public long changeMark() {
        synchronized (signal) {
            return mark;
        }
    }

    @Override
    public void awaitChange(long seen, Duration max) throws InterruptedException {
        long until = System.nanoTime() + max.toNanos();
        synchronized (signal) {
            while (mark == seen) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                signal.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    @Override
    public long head() {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT last_position FROM feed_head WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public List<FeedEntry> after(long position, int limit) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT f.position, f.compartment, r.record_id, r.revision, r.kind,"
                    + " r.body, r.recorded_at, r.recorded_by, r.reason FROM change_feed f"
                    + " JOIN record_revision r ON r.record_id = f.record_id AND r.revision = f.revision"
                    + " WHERE f.position > ? ORDER BY f.position FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) {
                ps.setLong(1, position);
                List<FeedEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        RecordKind kind = RecordKind.fromSlug(rs.getString(5))
                                .orElseThrow(() -> new SQLException("unknown record kind in the feed"));
                        String body = rs.getString(6);
                        Revision revision = new Revision(RecordId.of(rs.getString(3)), kind, rs.getInt(4),
                                rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8), rs.getString(9),
                                body == null ? Optional.empty() : Optional.of(json.read(kind, body)));
                        out.add(new FeedEntry(rs.getLong(1), revision, Optional.ofNullable(rs.getString(2))));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public long position(String consumer) {
        Optional<Long> known = read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT position FROM feed_consumer WHERE consumer = ?")) {
                ps.setString(1, consumer);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
        if (known.isPresent()) {
            return known.get();
        }
        register(consumer, 0);
        return position(consumer);
    }

    private void register(String consumer, long position) {
        try {
            write(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO feed_consumer (consumer, position, failures) VALUES (?, ?, 0)")) {
                    ps.setString(1, consumer);
                    ps.setLong(2, position);
                    return ps.executeUpdate();
                }
            });
        } catch (StorageException e) {
            if (!uniqueViolation(e)) { // else another server registered it at the same moment
                throw e;
            }
        }
    }

    @Override
    public boolean advance(String consumer, long from, long to) {
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE feed_consumer SET position = ?, failures = 0, advanced_at = ?"
                    + " WHERE consumer = ? AND position = ?")) {
                ps.setLong(1, to);
                ps.setObject(2, now());
                ps.setString(3, consumer);
                ps.setLong(4, from);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void reset(String consumer, long position) {
        position(consumer);
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE feed_consumer SET position = ?, failures = 0, advanced_at = ? WHERE consumer = ?")) {
                ps.setLong(1, position);
                ps.setObject(2, now());
                ps.setString(3, consumer);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void failed(String consumer, long position, String error) {
        String text = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        position(consumer);
        write(c -> {
            int failures;
            try (PreparedStatement ps = c.prepareStatement("SELECT failures FROM feed_consumer WHERE consumer = ? FOR UPDATE")) {
                ps.setString(1, consumer);
                try (ResultSet rs = ps.executeQuery()) {
                    failures = rs.next() ? rs.getInt(1) : 0;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE feed_consumer SET failures = failures + 1, last_error = ?,"
                    + " last_error_at = ? WHERE consumer = ?")) {
                ps.setString(1, text);
                ps.setObject(2, now());
                ps.setString(3, consumer);
                ps.executeUpdate();
            }
            if (failures == 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO feed_alert (consumer, position, error, raised_at) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, consumer);
                    ps.setLong(2, position);
                    ps.setString(3, text);
                    ps.setObject(4, now());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public int prune(long upTo, Instant committedBefore) {
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM change_feed WHERE position <= ? AND committed_at < ?")) {
                ps.setLong(1, upTo);
                ps.setObject(2, committedBefore.atOffset(ZoneOffset.UTC));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<ConsumerState> consumers() {
        return read(c -> {
            long head;
            try (PreparedStatement ps = c.prepareStatement("SELECT last_position FROM feed_head WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                head = rs.next() ? rs.getLong(1) : 0L;
            }
            List<ConsumerState> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT f.consumer, f.position, f.failures, f.last_error,"
                    + " f.last_error_at, f.advanced_at, l.holder, l.expires_at, CURRENT_TIMESTAMP FROM feed_consumer f"
                    + " LEFT JOIN feed_lease l ON l.consumer = f.consumer ORDER BY f.consumer");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Instant> expires = instant(rs, 8);
                    Instant dbNow = rs.getObject(9, OffsetDateTime.class).toInstant();
                    Optional<String> holder = Optional.ofNullable(rs.getString(7))
                            .filter(h -> expires.isPresent() && expires.get().isAfter(dbNow));
                    out.add(new ConsumerState(rs.getString(1), rs.getLong(2), head, rs.getInt(3),
                            Optional.ofNullable(rs.getString(4)), instant(rs, 5), instant(rs, 6), holder));
                }
            }
            return out;
        });
    }

    @Override
    public List<FeedAlert> alerts(int limit) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, consumer, position, error, raised_at FROM feed_alert"
                    + " ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY");
                 ResultSet rs = ps.executeQuery()) {
                List<FeedAlert> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new FeedAlert(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
                return out;
            }
        });
    }

    @Override
    public boolean holdLease(String consumer, String holder, Duration ttl) {
        try {
            return write(c -> {
                OffsetDateTime dbNow;
                try (PreparedStatement ps = c.prepareStatement("SELECT CURRENT_TIMESTAMP"); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    dbNow = rs.getObject(1, OffsetDateTime.class);
                }
                OffsetDateTime expires = dbNow.plus(ttl);
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT holder, expires_at FROM feed_lease WHERE consumer = ? FOR UPDATE")) {
                    ps.setString(1, consumer);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            try (PreparedStatement insert = c.prepareStatement(
                                    "INSERT INTO feed_lease (consumer, holder, expires_at) VALUES (?, ?, ?)")) {
                                insert.setString(1, consumer);
                                insert.setString(2, holder);
                                insert.setObject(3, expires);
                                insert.executeUpdate();
                            }
                            return true;
                        }
                        String current = rs.getString(1);
                        OffsetDateTime currentExpiry = rs.getObject(2, OffsetDateTime.class);
                        if (!current.equals(holder) && currentExpiry.isAfter(dbNow)) {
                            return false;
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE feed_lease SET holder = ?, expires_at = ? WHERE consumer = ?")) {
                    ps.setString(1, holder);
                    ps.setObject(2, expires);
                    ps.setString(3, consumer);
                    ps.executeUpdate();
                }
                return true;
            });
        } catch (StorageException e) {
            if (uniqueViolation(e)) { // another server created the lease at the same moment: it holds it
                return false;
            }
            throw e;
        }
    }

    @Override
    public void releaseLease(String consumer, String holder) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM feed_lease WHERE consumer = ? AND holder = ?")) {
                ps.setString(1, consumer);
                ps.setString(2, holder);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<String> leaseHolder(String consumer) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT holder FROM feed_lease WHERE consumer = ? AND expires_at > CURRENT_TIMESTAMP")) {
                ps.setString(1, consumer);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void close() {
        notifications.ifPresent(PostgresNotifications::close);
        signal();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }

    private static boolean uniqueViolation(StorageException e) {
        return e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }

    private <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, "the change feed");
    }

    private <T> T write(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, "to the change feed");
    }
}
