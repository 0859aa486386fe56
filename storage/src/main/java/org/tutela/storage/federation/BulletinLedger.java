package org.tutela.storage.federation;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.tutela.core.federation.Content;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.Partners;
import org.tutela.core.federation.PublicKeyText;
import org.tutela.core.federation.Received;
import org.tutela.core.federation.Sensitive;
import org.tutela.core.federation.SharingRules;
import org.tutela.storage.Jdbc;
import org.tutela.storage.registry.CommitParticipant;

/**
 * The bulletins sent and accepted, their deliveries, and the refusals (V90). Envelopes are kept as they
 * travelled (text), to be verified again or carried in a bundle file; reading them is the caller's. As the
 * {@link Received} port it is the replay protection's memory.
 */
public final class BulletinLedger implements Received {
    private static final String WHAT = "the federation's bulletins";

    /** A bulletin this installation published. */
    public record Sent(String bulletinId, long sequence, String kind, String audience, String marking, Instant issued,
                       String publishedBy, Optional<String> aboutRecord, String envelope) {
    }

    /** A bulletin accepted from a partner, with the registry records it became. */
    public record Accepted(String bulletinId, String issuer, long sequence, String keyId, String kind, String distribution,
                           String marking, Instant issued, Instant received, String channel, List<String> records,
                           Optional<String> retractedBy, String envelope) {
    }

    /** A bulletin refused: why, from which channel, its size. */
    public record Refused(Instant at, String channel, String reason, String detail, int bytes) {
    }

    /** One hand-over of a sent bulletin to a partner. */
    public record Delivery(String bulletinId, String partner, String channel, Instant at) {
    }

    private final DataSource dataSource;

    public BulletinLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // --- sent

    /** The sequence number the next bulletin will carry: one more than the last published. */
    public long nextSequence() {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(seq_no), 0) + 1 FROM federation_sent");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }, WHAT);
    }

    /** The participant that records a sent bulletin in another transaction (the disclosure ledger's). */
    public CommitParticipant sending(Sent sent) {
        return (c, revisions) -> insertSent(c, sent);
    }

    public void recordSent(Sent sent) {
        Jdbc.inTransaction(dataSource, c -> {
            insertSent(c, sent);
            return null;
        }, WHAT);
    }

    public void insertSent(Connection c, Sent sent) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO federation_sent (bulletin_id, seq_no, kind, audience, marking, issued_at, "
                + "published_by, about_record, envelope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, sent.bulletinId());
            st.setLong(2, sent.sequence());
            st.setString(3, sent.kind());
            st.setString(4, sent.audience());
            st.setString(5, sent.marking());
            st.setTimestamp(6, Timestamp.from(sent.issued()));
            st.setString(7, sent.publishedBy());
            st.setString(8, sent.aboutRecord().orElse(null));
            st.setString(9, sent.envelope());
            st.executeUpdate();
        }
    }

    /** Sent bulletins after {@code afterSequence}, oldest first, at most {@code limit}. */
    public List<Sent> sentAfter(long afterSequence, int limit) {
        return Jdbc.read(dataSource, c -> {
            List<Sent> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT bulletin_id, seq_no, kind, audience, marking, issued_at, published_by, "
                    + "about_record, envelope FROM federation_sent WHERE seq_no > ? ORDER BY seq_no LIMIT ?")) {
                st.setLong(1, afterSequence);
                st.setInt(2, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Sent(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getTimestamp(6).toInstant(), rs.getString(7), Optional.ofNullable(rs.getString(8)), rs.getString(9)));
                    }
                }
            }
            return out;
        }, WHAT);
    }

    public void recordDelivery(Delivery delivery) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO federation_delivery (bulletin_id, partner_id, channel, delivered_at) VALUES (?, ?, ?, ?)")) {
                st.setString(1, delivery.bulletinId());
                st.setString(2, delivery.partner());
                st.setString(3, delivery.channel());
                st.setTimestamp(4, Timestamp.from(delivery.at()));
                st.executeUpdate();
            }
            return null;
        }, WHAT);
    }

    public List<Delivery> deliveries(String bulletinId) {
        return Jdbc.read(dataSource, c -> {
            List<Delivery> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT bulletin_id, partner_id, channel, delivered_at FROM federation_delivery "
                    + "WHERE bulletin_id = ? ORDER BY delivered_at")) {
                st.setString(1, bulletinId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Delivery(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
                    }
                }
            }
            return out;
        }, WHAT);
    }

    // --- received

    /** The participant that records an accepted bulletin in the registry's transaction that writes its records. */
    public CommitParticipant receiving(Accepted accepted) {
        return (c, revisions) -> insertReceived(c, accepted);
    }

    public void recordReceived(Accepted accepted) {
        Jdbc.inTransaction(dataSource, c -> {
            insertReceived(c, accepted);
            return null;
        }, WHAT);
    }

    private static void insertReceived(Connection c, Accepted a) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO federation_received (bulletin_id, issuer, seq_no, key_id, kind, distribution, "
                + "marking, issued_at, received_at, channel, records, retracted_by, envelope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, a.bulletinId());
            st.setString(2, a.issuer());
            st.setLong(3, a.sequence());
            st.setString(4, a.keyId());
            st.setString(5, a.kind());
            st.setString(6, a.distribution());
            st.setString(7, a.marking());
            st.setTimestamp(8, Timestamp.from(a.issued()));
            st.setTimestamp(9, Timestamp.from(a.received()));
            st.setString(10, a.channel());
            st.setString(11, String.join(",", a.records()));
            st.setString(12, a.retractedBy().orElse(null));
            st.setString(13, a.envelope());
            st.executeUpdate();
        }
    }

    /** Marks a received bulletin retracted by the retraction {@code by}. */
    public void markRetracted(String bulletinId, String by) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE federation_received SET retracted_by = ? WHERE bulletin_id = ? AND retracted_by IS NULL")) {
                st.setString(1, by);
                st.setString(2, bulletinId);
                return st.executeUpdate();
            }
        }, WHAT);
    }

    public Optional<Accepted> received(String bulletinId) {
        return receivedWhere("WHERE bulletin_id = ?", bulletinId, 1).stream().findFirst();
    }

    /** The latest accepted bulletins first. */
    public List<Accepted> received(int limit) {
        return receivedWhere("", null, limit);
    }

    /** The accepted bulletins of one kind not retracted, latest first: what screenings read, without the others' envelopes. */
    public List<Accepted> inForce(String kind, int limit) {
        return receivedWhere("WHERE kind = ? AND retracted_by IS NULL", kind, limit);
    }

    private List<Accepted> receivedWhere(String where, String arg, int limit) {
        return Jdbc.read(dataSource, c -> {
            List<Accepted> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT bulletin_id, issuer, seq_no, key_id, kind, distribution, marking, issued_at, "
                    + "received_at, channel, records, retracted_by, envelope FROM federation_received " + where
                    + " ORDER BY received_at DESC, bulletin_id LIMIT ?")) {
                int i = 1;
                if (arg != null) {
                    st.setString(i++, arg);
                }
                st.setInt(i, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Accepted(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(),
                                rs.getString(10), List.copyOf(split(rs.getString(11))), Optional.ofNullable(rs.getString(12)), rs.getString(13)));
                    }
                }
            }
            return out;
        }, WHAT);
    }

    @Override
    public Optional<String> issuerOf(String bulletinId) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT issuer FROM federation_received WHERE bulletin_id = ?")) {
                st.setString(1, bulletinId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        }, WHAT);
    }

    @Override
    public boolean hasSequence(String issuer, long sequence) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM federation_received WHERE issuer = ? AND seq_no = ?")) {
                st.setString(1, issuer);
                st.setLong(2, sequence);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        }, WHAT);
    }

    /** The highest sequence number accepted from {@code issuer}: where a pull resumes. */
    public long lastSequenceFrom(String issuer) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(seq_no), 0) FROM federation_received WHERE issuer = ?")) {
                st.setString(1, issuer);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }, WHAT);
    }

    // --- refusals

    public void recordRefusal(Refused refused) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO federation_refusal (refused_at, channel, reason, detail, size_bytes) VALUES (?, ?, ?, ?, ?)")) {
                st.setTimestamp(1, Timestamp.from(refused.at()));
                st.setString(2, refused.channel());
                st.setString(3, refused.reason());
                st.setString(4, refused.detail().length() > 2000 ? refused.detail().substring(0, 2000) : refused.detail());
                st.setInt(5, refused.bytes());
                st.executeUpdate();
            }
            return null;
        }, WHAT);
    }

    public List<Refused> refusals(int limit) {
        return Jdbc.read(dataSource, c -> {
            List<Refused> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT refused_at, channel, reason, detail, size_bytes FROM federation_refusal ORDER BY id DESC LIMIT ?")) {
                st.setInt(1, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Refused(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                    }
                }
            }
            return out;
        }, WHAT);
    }

    private static Set<String> split(String text) {
        return text == null || text.isBlank() ? Set.of() : new java.util.LinkedHashSet<>(Arrays.asList(text.split(",")));
    }
}
