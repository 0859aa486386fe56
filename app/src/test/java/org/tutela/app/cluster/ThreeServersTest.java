package org.tutela.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Samples;
import org.tutela.json.RecordJson;

/**
 * Three servers, each a JVM of its own with its own data directory and name index, on one PostgreSQL
 * database: what one writes the others find; standing screening runs once per change across them; a
 * server killed in the middle of a burst of writes loses no acknowledged write, and another takes its
 * screening lease over. Skipped without PostgreSQL (TUTELA_TEST_PG_URL, ...), failed instead when
 * TUTELA_TEST_PG_REQUIRED=true.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThreeServersTest {
    private static final String URL = env("TUTELA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/tutela_test");
    private static final String USER = env("TUTELA_TEST_PG_USER", "tutela");
    private static final String PASSWORD = env("TUTELA_TEST_PG_PASSWORD", "tutela");
    /** The ports the servers listen on, on loopback; TUTELA_TEST_CLUSTER_PORT moves the first. */
    private static final int FIRST_PORT = Integer.parseInt(env("TUTELA_TEST_CLUSTER_PORT", "18401"));
    /** Generous: the test must pass on a loaded machine too, and a green run does not wait for it. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** Writes acknowledged by server 1 before it is killed (more follow while it dies). */
    private static final int BURST = 15;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String schema;
    static String dbUrl;
    static String auth;
    static final List<ServerProcess> servers = new ArrayList<>();
    static String firstHolder;

    @BeforeAll
    static void startThreeServers() throws Exception {
        assumePostgres();
        schema = "t_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        dbUrl = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        // the registry, its first user and the sample case (without the finding that later changes its screening)
        // one audit chain in one database: every server keys it with the same audit key
        String auditKey = org.tutela.storage.security.AuditKey.newKeyText();
        try (Tutela seed = Tutela.open(new Settings(dir.resolve("seed"), Optional.of(new Settings.Postgres(dbUrl, USER, PASSWORD)))
                .withAuditKey(auditKey))) {
            List<RegistryRecord> withoutFinding = Samples.all().stream()
                    .filter(r -> !r.id().equals(Samples.brotherDetentionFinding().id()))
                    .filter(r -> !(r instanceof org.tutela.core.registry.Claim)).toList();
            seed.registry().saveAll(withoutFinding, Change.by("test", "fixtures"));
            seed.compartments().assignUnassigned("cluster-case");
            auth = TestUsers.create(seed, "reviewer", Role.REVIEWER, "cluster-case");
            seed.awaitConsumers();
        }
        Map<String, String> env = Map.of("TUTELA_DB_URL", dbUrl, "TUTELA_DB_USER", USER, "TUTELA_DB_PASSWORD", PASSWORD,
                "TUTELA_AUDIT_KEY", auditKey);
        // server 1 first, so that it takes the standing screening's lease; the test kills it later
        servers.add(ServerProcess.start("server-1", FIRST_PORT, dir.resolve("data-1"), env));
        servers.get(0).awaitReady(auth, PATIENCE);
        await("server 1 holds the standing screening's lease", () -> leaseHolder().isPresent());
        firstHolder = leaseHolder().orElseThrow();
        servers.add(ServerProcess.start("server-2", FIRST_PORT + 1, dir.resolve("data-2"), env));
        servers.add(ServerProcess.start("server-3", FIRST_PORT + 2, dir.resolve("data-3"), env));
        servers.get(1).awaitReady(auth, PATIENCE);
        servers.get(2).awaitReady(auth, PATIENCE);
    }

    @AfterAll
    static void stopServers() throws Exception {
        for (ServerProcess server : servers) {
            server.close();
        }
        if (schema != null) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    @Order(1)
    void aPersonWrittenThroughOneServerIsFoundByNameOnTheOthers() throws Exception {
        HttpResponse<String> created = server(1).call("POST", "/api/records", person("Dauletkeldi Sarsenbayuly"), auth);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = idOf(created);
        for (int n : new int[] {2, 3}) {
            await("server " + n + " finds the person by name", () -> found(server(n), "Dauletkeldi Sarsenbayuly", id));
        }
        // in another script, through the matcher of a server that never saw the write
        assertThat(found(server(3), "Даулеткелди Сарсенбайулы", id)).isTrue();
    }

    @Test
    @Order(2)
    void killingAServerDuringABurstOfWritesLosesNoAcknowledgedWriteAndItsLeaseMovesOn() throws Exception {
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        java.util.Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            for (int i = 0; !stop.get() && i < 10_000; i++) {
                String name = "Burst " + letters(i) + " Zhaksylykova";
                try {
                    HttpResponse<String> answer = server(1).call("POST", "/api/records", person(name), auth);
                    if (answer.statusCode() == 201) {
                        String id = idOf(answer);
                        names.put(id, name);
                        acknowledged.add(id);
                    }
                } catch (Exception unanswered) {
                    // not acknowledged (it may still have committed): go on while the server lives
                    if (!server(1).isAlive()) {
                        return;
                    }
                }
            }
        });
        writer.start();
        await("server 1 acknowledged writes", () -> acknowledged.size() >= BURST);
        server(1).kill();
        stop.set(true);
        writer.join();

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(BURST);
        for (String id : acknowledged) {
            assertThat(server(2).call("GET", "/api/records/" + id, null, auth).statusCode()).as(id + " on server 2").isEqualTo(200);
        }
        String last = acknowledged.get(acknowledged.size() - 1);
        await("server 3 finds the last acknowledged person by name", () -> found(server(3), names.get(last), last));
        await("server 2 or 3 took the standing screening's lease over",
                () -> leaseHolder().filter(h -> !h.equals(firstHolder)).isPresent());
        await("standing screening caught up with the feed", () -> consumerPosition("standing-screening") >= head());
    }

    @Test
    @Order(3)
    void aRequestChangedThroughOneServerIsRescreenedOnceAcrossTheCluster() throws Exception {
        int screeningsBefore = count("SELECT COUNT(*) FROM screening WHERE request_id = ?", Samples.REQUEST.value());
        assertThat(count("SELECT COUNT(*) FROM alert WHERE request_id = ?", Samples.REQUEST.value())).isZero();

        com.fasterxml.jackson.databind.node.ObjectNode finding = new RecordJson().toTreeWithKind(Samples.brotherDetentionFinding());
        finding.remove("id"); // the server names new records
        HttpResponse<String> created = server(2).call("POST", "/api/records", finding.toString(), auth);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long written = head();
        await("standing screening handled the finding", () -> consumerPosition("standing-screening") >= written);
        Thread.sleep(3_000); // time for a second screening, if two servers were screening

        assertThat(count("SELECT COUNT(*) FROM alert WHERE request_id = ?", Samples.REQUEST.value())).as("alerts").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM screening WHERE request_id = ?", Samples.REQUEST.value()))
                .as("screenings recorded").isEqualTo(screeningsBefore + 1);
        JsonNode alerts = JSON.readTree(server(3).call("GET", "/api/alerts?request=" + Samples.REQUEST, null, auth).body());
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).at("/alert/difference/flagsAdded").toString()).contains("TNR-03");
    }

    // ---- helpers

    static ServerProcess server(int n) {
        return servers.get(n - 1);
    }

    static String person(String name) {
        return "{\"kind\":\"person\",\"names\":[{\"full\":\"" + name + "\",\"kind\":\"PRIMARY\"}],\"nationalities\":[\"KZ\"]}";
    }

    /** The id the server gave the record it created. */
    static String idOf(HttpResponse<String> created) {
        try {
            return JSON.readTree(created.body()).at("/record/id").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + created.body(), e);
        }
    }

    /** A number as letters (0 → "A", 27 → "BB"): names carry no digits. */
    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + "ov";
    }

    static boolean found(ServerProcess server, String name, String id) {
        try {
            HttpResponse<String> answer = server.call("GET", "/api/search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), null, auth);
            if (answer.statusCode() != 200) {
                return false;
            }
            for (JsonNode hit : JSON.readTree(answer.body())) {
                if (id.equals(hit.path("id").asText())) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                StringBuilder logs = new StringBuilder();
                servers.forEach(s -> logs.append("\n--- ").append(s.name).append('\n').append(s.tail()));
                throw new AssertionError("not within " + PATIENCE + ": " + what + logs);
            }
            Thread.sleep(200);
        }
    }

    static Optional<String> leaseHolder() {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT holder FROM feed_lease WHERE consumer = 'standing-screening' AND expires_at > CURRENT_TIMESTAMP")) {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long head() {
        return count("SELECT last_position FROM feed_head");
    }

    static long consumerPosition(String consumer) {
        return count("SELECT COALESCE(MAX(position), 0) FROM feed_consumer WHERE consumer = ?", consumer);
    }

    static int count(String sql, String... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return (int) rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, USER, PASSWORD);
    }

    static void assumePostgres() {
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return;
        } catch (SQLException e) {
            String why = "cannot connect to " + URL + " as " + USER + " (" + e.getMessage() + "); set TUTELA_TEST_PG_URL,"
                    + " TUTELA_TEST_PG_USER and TUTELA_TEST_PG_PASSWORD";
            if (Boolean.parseBoolean(System.getenv("TUTELA_TEST_PG_REQUIRED"))) {
                throw new IllegalStateException("PostgreSQL is required (TUTELA_TEST_PG_REQUIRED=true) but " + why);
            }
            Assumptions.assumeTrue(false, "three-server test skipped: " + why);
        }
    }

    static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
