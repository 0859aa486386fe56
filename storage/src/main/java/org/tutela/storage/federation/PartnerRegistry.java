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
 * The partners, their keys and the sharing groups' rules (V90). Keys are never deleted: a revoked one stays,
 * so that what it signed can still be told apart.
 */
public final class PartnerRegistry {
    private static final String WHAT = "the federation's partners";

    private final DataSource dataSource;

    public PartnerRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // --- partners and keys

    public Partners partners() {
        return Jdbc.read(dataSource, c -> {
            Map<String, List<Partner.Key>> keys = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT partner_id, public_key, added_at, revoked_at FROM federation_key ORDER BY added_at, key_id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    keys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Partner.Key(new PublicKeyText(rs.getString(2)),
                            rs.getTimestamp(3).toInstant(), Optional.ofNullable(rs.getTimestamp(4)).map(Timestamp::toInstant)));
                }
            }
            List<Partner> partners = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id, name, endpoint, group_names FROM federation_partner ORDER BY id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    partners.add(new Partner(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)).map(URI::create),
                            keys.getOrDefault(rs.getString(1), List.of()), split(rs.getString(4))));
                }
            }
            return new Partners(partners);
        }, WHAT);
    }

    /** Adds a partner with its keys, or updates its name, endpoint and groups and adds keys it did not have. */
    public void putPartner(Partner partner) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE federation_partner SET name = ?, endpoint = ?, group_names = ? WHERE id = ?")) {
                update.setString(1, partner.name());
                update.setString(2, partner.endpoint().map(URI::toString).orElse(null));
                update.setString(3, String.join(",", partner.groups()));
                update.setString(4, partner.id());
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO federation_partner (id, name, endpoint, group_names, added_at) VALUES (?, ?, ?, ?, ?)")) {
                        insert.setString(1, partner.id());
                        insert.setString(2, partner.name());
                        insert.setString(3, partner.endpoint().map(URI::toString).orElse(null));
                        insert.setString(4, String.join(",", partner.groups()));
                        insert.setTimestamp(5, Timestamp.from(Instant.now()));
                        insert.executeUpdate();
                    }
                }
            }
            for (Partner.Key key : partner.keys()) {
                Optional<String> holder = keyHolder(c, key.id());
                if (holder.isPresent() && !holder.get().equals(partner.id())) {
                    throw new IllegalArgumentException("publicKey: the key " + key.id() + " is already " + holder.get() + "'s");
                }
                if (holder.isEmpty()) {
                    try (PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO federation_key (key_id, partner_id, public_key, added_at, revoked_at) VALUES (?, ?, ?, ?, ?)")) {
                        insert.setString(1, key.id());
                        insert.setString(2, partner.id());
                        insert.setString(3, key.key().base64());
                        insert.setTimestamp(4, Timestamp.from(key.added()));
                        insert.setTimestamp(5, key.revoked().map(Timestamp::from).orElse(null));
                        insert.executeUpdate();
                    }
                }
            }
            return null;
        }, WHAT);
    }

    /** Revokes a key from {@code at} on; false when no partner holds it. An earlier revocation stands. */
    public boolean revokeKey(String keyId, Instant at) {
        return Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE federation_key SET revoked_at = COALESCE(revoked_at, ?) WHERE key_id = ?")) {
                st.setTimestamp(1, Timestamp.from(at));
                st.setString(2, keyId);
                return st.executeUpdate() > 0;
            }
        }, WHAT);
    }

    private static Optional<String> keyHolder(Connection c, String keyId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT partner_id FROM federation_key WHERE key_id = ?")) {
            st.setString(1, keyId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    // --- receiving compartments (V110)

    /** The compartment the records of {@code partner}'s bulletins are written into; empty: the unassigned pool. */
    public Optional<String> receivingCompartment(String partner) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT compartment FROM federation_receiving WHERE partner_id = ?")) {
                st.setString(1, partner);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        }, WHAT);
    }

    /** Every partner's receiving compartment, by partner. */
    public Map<String, String> receivingCompartments() {
        return Jdbc.read(dataSource, c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT partner_id, compartment FROM federation_receiving ORDER BY partner_id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        }, WHAT);
    }

    /** Sets (or, empty, clears) the compartment {@code partner}'s bulletins are received into; false when there is no such partner. */
    public boolean setReceivingCompartment(String partner, Optional<String> compartment) {
        return Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM federation_partner WHERE id = ?")) {
                exists.setString(1, partner);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM federation_receiving WHERE partner_id = ?")) {
                delete.setString(1, partner);
                delete.executeUpdate();
            }
            if (compartment.isPresent()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO federation_receiving (partner_id, compartment) VALUES (?, ?)")) {
                    insert.setString(1, partner);
                    insert.setString(2, compartment.get());
                    insert.executeUpdate();
                }
            }
            return true;
        }, WHAT);
    }

    // --- sharing rules

    public Map<String, SharingRules> rules() {
        return Jdbc.read(dataSource, c -> {
            Map<String, SharingRules> rules = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT group_name, kinds, fields FROM federation_rules ORDER BY group_name");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Set<Content.Kind> kinds = split(rs.getString(2)).stream().map(Content.Kind::parse)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Content.Kind.class)));
                    Set<Sensitive.Field> fields = split(rs.getString(3)).stream().map(Sensitive.Field::parse)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Sensitive.Field.class)));
                    rules.put(rs.getString(1), new SharingRules(rs.getString(1), kinds, fields));
                }
            }
            return rules;
        }, WHAT);
    }

    public void putRules(SharingRules rules) {
        Jdbc.inTransaction(dataSource, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM federation_rules WHERE group_name = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO federation_rules (group_name, kinds, fields) VALUES (?, ?, ?)")) {
                delete.setString(1, rules.group());
                delete.executeUpdate();
                insert.setString(1, rules.group());
                insert.setString(2, rules.kinds().stream().map(Content.Kind::text).collect(Collectors.joining(",")));
                insert.setString(3, rules.fields().stream().map(Sensitive.Field::text).collect(Collectors.joining(",")));
                insert.executeUpdate();
            }
            return null;
        }, WHAT);
    }

    private static Set<String> split(String text) {
        return text == null || text.isBlank() ? Set.of() : new java.util.LinkedHashSet<>(Arrays.asList(text.split(",")));
    }
}
