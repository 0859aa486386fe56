package org.tutela.storage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.storage.StorageContract;

/**
 * The keyed audit chain against the attacks it exists for, on every database: someone who can write the
 * database but has not the key forges an entry and recomputes every later hash, cuts the tail, or alters
 * the checkpoint file.
 */
abstract class AuditChainContractTest extends StorageContract {
    @TempDir
    Path checkpointDir;

    final String keyText = AuditKey.newKeyText();
    final AuditKey key = AuditKey.parse(keyText, "test key");
    final AuditKey attackersKey = AuditKey.parse(AuditKey.newKeyText(), "the attacker's key");
    private AuditLog log;

    /** The keyed log, made once the subclass has opened the storage. */
    AuditLog log() {
        if (log == null) {
            log = new AuditLog(storage().dataSource(), Optional.of(key), Optional.of(new AuditCheckpoints(checkpointDir)));
        }
        return log;
    }

    void sql(String statement) throws SQLException {
        try (Connection c = storage().dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    /** Eight entries, with a signed checkpoint after the fifth and after the eighth. */
    void eightEntriesWithCheckpoints() {
        for (int i = 1; i <= 8; i++) {
            log().append(new AuditEvent("user" + i, "READ", "person-" + i, "case review", "ALLOWED", "", Optional.of(Set.of("ngo-a"))));
            if (i == 5 || i == 8) {
                assertThat(log().checkpoint()).isPresent();
            }
        }
    }

    @Test
    void entriesAppendedAtTheSameMomentByManyThreadsFormOneUnbrokenChain() throws Exception {
        int threads = 8;
        int each = 40;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<List<AuditEntry>>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String actor = "user" + t;
                done.add(pool.submit(() -> {
                    List<AuditEntry> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(log().append(new AuditEvent(actor, "READ", "person-" + i, "case review", "ALLOWED", "",
                                Optional.of(Set.of("ngo-a")))));
                    }
                    return mine;
                }));
            }
            List<AuditEntry> returned = new ArrayList<>();
            for (var f : done) {
                returned.addAll(f.get());
            }
            assertThat(returned).extracting(AuditEntry::seq).doesNotHaveDuplicates().hasSize(threads * each);
            assertThat(chain()).hasSize(threads * each);
            assertThat(chain()).extracting(AuditEntry::hash).containsExactlyInAnyOrderElementsOf(returned.stream().map(AuditEntry::hash).toList());
            assertThat(log().checkpoint()).isPresent();
            assertThat(log().verify().intact()).as(log().verify().toString()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    List<AuditEntry> chain() {
        List<AuditEntry> all = new ArrayList<>(log().search(AuditQuery.latest(1000)));
        all.sort(Comparator.comparingLong(AuditEntry::seq));
        return all;
    }

    /** What a database administrator without the key can do: rewrite entries from {@code from} on, each hashed with {@code hasher}. */
    void rewriteFrom(long from, String newTarget, Optional<AuditKey> hasher, String keyId) throws SQLException {
        String previous = AuditEntry.GENESIS;
        try (Connection c = storage().dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("UPDATE audit_entry SET target = ?, key_id = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
            for (AuditEntry e : chain()) {
                if (e.seq() < from) {
                    previous = e.hash();
                    continue;
                }
                String target = e.seq() == from ? newTarget : e.target();
                AuditEntry unsigned = new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), target, e.purpose(), e.outcome(), e.detail(),
                        e.compartments(), keyId, previous, "");
                AuditEntry forged = unsigned.withHash(hasher.map(k -> k.mac(k.currentId(), unsigned.previousHash(), unsigned.canonicalForm()))
                        .orElseGet(() -> AuditEntry.unkeyedHash(unsigned.previousHash(), unsigned.canonicalForm())));
                st.setString(1, target);
                st.setString(2, keyId);
                st.setString(3, previous);
                st.setString(4, forged.hash());
                st.setLong(5, e.seq());
                st.executeUpdate();
                previous = forged.hash();
            }
        }
    }

    @Test
    void anIntactKeyedChainVerifiesAgainstItsCheckpoints() {
        eightEntriesWithCheckpoints();
        ChainCheck check = log().verify();
        assertThat(check.intact()).as(check.toString()).isTrue();
        assertThat(check.entries()).isEqualTo(8);
        assertThat(check.checkpoints()).isEqualTo(2);
        assertThat(check.warnings()).isEmpty();
        assertThat(chain()).allSatisfy(e -> assertThat(e.keyId()).isEqualTo(key.currentId()));
        assertThat(log().checkpoint()).as("nothing new to vouch for").isEmpty();
    }

    @Test
    void anEntryForgedWithEveryLaterHashRecomputedWithoutTheKeyIsFound() throws SQLException {
        eightEntriesWithCheckpoints();
        rewriteFrom(3, "person-forged", Optional.of(attackersKey), key.currentId());
        ChainCheck check = log().verify();
        assertThat(check.firstBroken()).map(ChainCheck.Broken::seq).contains(3L);
        assertThat(check.firstBroken().orElseThrow().reason()).contains("changed");
    }

    @Test
    void aChainRewrittenAsUnkeyedFromAnEntryOnIsFound() throws SQLException {
        eightEntriesWithCheckpoints();
        rewriteFrom(6, "person-forged", Optional.empty(), "");
        assertThat(log().verify().firstBroken().orElseThrow().reason()).contains("not keyed but follows keyed entries");
    }

    @Test
    void aWholeChainRewrittenAsUnkeyedIsFoundByTheCheckpoints() throws SQLException {
        eightEntriesWithCheckpoints();
        rewriteFrom(1, "person-forged", Optional.empty(), "");
        ChainCheck check = log().verify();
        assertThat(check.firstBroken()).map(ChainCheck.Broken::seq).contains(5L);
        assertThat(check.firstBroken().orElseThrow().reason()).contains("not the one").contains("rewritten");
    }

    @Test
    void aCutTailIsFound() throws SQLException {
        eightEntriesWithCheckpoints();
        sql("DELETE FROM audit_entry WHERE seq > 6");
        ChainCheck check = log().verify();
        assertThat(check.firstBroken()).map(ChainCheck.Broken::seq).contains(7L);
        assertThat(check.firstBroken().orElseThrow().reason()).contains("entries 7-8 are missing").contains("tail was cut");
    }

    @Test
    void anAlteredCheckpointIsFound() throws Exception {
        eightEntriesWithCheckpoints();
        sql("DELETE FROM audit_entry WHERE seq > 5");
        Path file = checkpointDir.resolve(AuditCheckpoints.FILE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] last = lines.get(1).split(" ");
        // move the last checkpoint back to the cut head: the signature no longer matches
        String moved = String.join(" ", last[0], last[1], "5", last[3], lines.get(0).split(" ")[4], last[5], last[6], last[7]);
        Files.write(file, List.of(lines.get(0), moved), StandardCharsets.UTF_8);
        assertThat(log().verify().firstBroken().orElseThrow().reason()).contains("signature does not match");
    }

    @Test
    void aRemovedCheckpointLineIsFound() throws Exception {
        eightEntriesWithCheckpoints();
        log().append(new AuditEvent("user9", "READ", "person-9", "", "ALLOWED", ""));
        log().checkpoint();
        Path file = checkpointDir.resolve(AuditCheckpoints.FILE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.write(file, List.of(lines.get(0), lines.get(2)), StandardCharsets.UTF_8);
        assertThat(log().verify().firstBroken().orElseThrow().reason()).contains("checkpoint 2").contains("removed");
    }

    @Test
    void checkpointsSignedWithAnotherKeyAreRefused() throws Exception {
        eightEntriesWithCheckpoints();
        sql("DELETE FROM audit_entry WHERE seq > 6");
        // the attacker replaces the file with a checkpoint of the cut head, signed with a key of their own
        Files.delete(checkpointDir.resolve(AuditCheckpoints.FILE));
        AuditCheckpoints.Head cut = chain().stream().filter(e -> e.seq() == 6).findFirst()
                .map(e -> new AuditCheckpoints.Head(6, e.hash(), attackersKey.currentId())).orElseThrow();
        new AuditCheckpoints(checkpointDir).write(() -> cut, attackersKey);
        assertThat(log().verify().firstBroken().orElseThrow().reason()).contains("checkpoint 1").contains("not among the keys given");
    }

    @Test
    void aDeletedCheckpointFileIsFound() throws Exception {
        eightEntriesWithCheckpoints();
        Files.delete(checkpointDir.resolve(AuditCheckpoints.FILE));
        assertThat(log().verify().firstBroken().orElseThrow().reason()).contains("no signed checkpoint");
    }

    @Test
    void onceKeyedTheLogRefusesWritersWithoutTheKey() {
        eightEntriesWithCheckpoints();
        AuditLog unkeyed = new AuditLog(storage().dataSource());
        assertThatThrownBy(unkeyed::checkKey).hasMessageContaining("keyed");
        assertThatThrownBy(() -> unkeyed.append(new AuditEvent("x", "READ", "r", "", "ALLOWED", ""))).hasMessageContaining("keyed");
        assertThat(log().verify().intact()).isTrue();
    }

    @Test
    void anUnkeyedPrefixStaysCheckableAndARotatedKeyKeepsOldEntriesCheckable() {
        AuditLog before = new AuditLog(storage().dataSource());
        before.append(new AuditEvent("old", "READ", "r0", "", "ALLOWED", ""));
        eightEntriesWithCheckpoints();
        AuditKey rotated = AuditKey.parse(AuditKey.newKeyText() + "\n" + keyText, "rotated");
        AuditLog after = new AuditLog(storage().dataSource(), Optional.of(rotated), Optional.of(new AuditCheckpoints(checkpointDir)));
        after.checkKey();
        after.append(new AuditEvent("new", "READ", "r10", "", "ALLOWED", ""));
        after.checkpoint();
        ChainCheck check = after.verify();
        assertThat(check.intact()).as(check.toString()).isTrue();
        assertThat(check.entries()).isEqualTo(10);
        assertThat(check.checkpoints()).isEqualTo(3);
        assertThat(chain().get(9).keyId()).isEqualTo(rotated.currentId()).isNotEqualTo(key.currentId());
        assertThat(log().verify().firstBroken().orElseThrow().reason()).contains("not among the audit keys given");
    }

    @Test
    void entriesCarryTheirCompartmentsAndAReaderSeesOnlyItsRemit() {
        log().append(new AuditEvent("a1", "READ", "record-in-a", "", "ALLOWED", "", Optional.of(Set.of("ngo-a"))));
        log().append(new AuditEvent("b1", "SEARCH", "find text 'secret'", "", "ALLOWED", "", Optional.of(Set.of("ngo-b", "ngo_c"))));
        log().append(new AuditEvent("admin", "EXPORT", "whole registry", "", "ALLOWED", "", Optional.of(Set.of())));
        assertThat(log().search(AuditQuery.latest(10).within(Set.of("ngo-a")))).extracting(AuditEntry::target).containsExactly("record-in-a");
        assertThat(log().search(AuditQuery.latest(10).within(Set.of("ngo-b")))).extracting(AuditEntry::actor).containsExactly("b1");
        assertThat(log().search(AuditQuery.latest(10).within(Set.of("ngo%")))).as("a compartment name is not a pattern").isEmpty();
        assertThat(log().search(AuditQuery.latest(10).within(Set.of("ngo-c")))).as("_ matches itself only").isEmpty();
        assertThat(log().search(AuditQuery.latest(10).within(Set.of()))).isEmpty();
        assertThat(log().search(AuditQuery.latest(10))).hasSize(3);
        assertThat(chain().get(1).compartments()).containsExactly("ngo-b", "ngo_c");
        log().checkpoint();
        assertThat(log().verify().intact()).isTrue();
    }

    @Test
    void anEntryWithoutCompartmentsConcernsThoseOfTheActorsAccount() {
        new AccountStore(storage().dataSource()).create("amina", "$argon2id$fake", "DOCUMENTER", List.of("ngo-a", "ngo-b"));
        log().append(new AuditEvent("amina", "LOGIN", "amina", "", "ALLOWED", ""));
        assertThat(chain().get(0).compartments()).containsExactly("ngo-a", "ngo-b");
    }

    @Test
    void aRegistryWriteAndItsAuditEntriesCommitTogetherOrNotAtAll() throws SQLException {
        storage().registry().participate((c, revisions) -> log().appendIn(c, revisions.stream()
                .map(r -> new AuditEvent(r.recordedBy(), "CHANGE", r.id().value(), "", "ALLOWED", "revision " + r.number())).toList()));
        storage().registry().saveAll(org.tutela.core.registry.Samples.all(), org.tutela.core.registry.Change.by("test", "fixtures"));
        assertThat(chain()).hasSize(org.tutela.core.registry.Samples.all().size());

        sql("DELETE FROM audit_head");
        assertThatThrownBy(() -> storage().registry().saveAll(org.tutela.core.registry.Samples.all(),
                org.tutela.core.registry.Change.by("test", "again"))).hasMessageContaining("audit");
        assertThat(storage().registry().history(org.tutela.core.registry.Samples.TARGET)).as("the second revision was not committed").hasSize(1);
    }

    @Test
    void entriesAppendedInATransactionThatRollsBackAreNotWritten() throws SQLException {
        log().append(new AuditEvent("u", "READ", "r1", "", "ALLOWED", ""));
        try (Connection c = storage().dataSource().getConnection()) {
            c.setAutoCommit(false);
            log().appendIn(c, List.of(new AuditEvent("u", "CHANGE", "r2", "", "ALLOWED", "")));
            c.rollback();
        }
        log().append(new AuditEvent("u", "READ", "r3", "", "ALLOWED", ""));
        assertThat(chain()).extracting(AuditEntry::target).containsExactly("r1", "r3");
        log().checkpoint();
        assertThat(log().verify().intact()).isTrue();
    }
}
