package org.tutela.storage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Samples;
import org.tutela.storage.StorageContract;

/** Accounts, record compartments and the audit chain, the same on every database. */
abstract class SecurityStoreContractTest extends StorageContract {

    void sql(String statement) throws SQLException {
        try (Connection c = storage().dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    @Test
    void accountsKeepRoleCompartmentsAndEpoch() {
        AccountStore accounts = new AccountStore(storage().dataSource());
        accounts.create("amina", "$argon2id$fake", "DOCUMENTER", List.of("ngo-a"));
        assertThatThrownBy(() -> accounts.create("amina", "x", "ANALYST", List.of())).hasMessageContaining("exists already");
        Account created = accounts.find("amina").orElseThrow();
        assertThat(created.compartments()).containsExactly("ngo-a");
        int epoch = created.sessionEpoch();

        accounts.setRole("amina", "REVIEWER");
        accounts.grant("amina", "ngo-b");
        Account changed = accounts.find("amina").orElseThrow();
        assertThat(changed.role()).isEqualTo("REVIEWER");
        assertThat(changed.compartments()).containsExactlyInAnyOrder("ngo-a", "ngo-b");
        assertThat(changed.sessionEpoch()).as("a new role voids open sessions").isGreaterThan(epoch);

        Instant until = Instant.now().plusSeconds(60);
        accounts.recordFailure("amina", 5, Optional.of(until));
        assertThat(accounts.find("amina").orElseThrow().lockedAt(Instant.now())).isTrue();
        accounts.recordSuccess("amina");
        assertThat(accounts.find("amina").orElseThrow().failedAttempts()).isZero();

        accounts.enrolSecondFactor("amina", "JBSWY3DPEHPK3PXP", List.of("h1", "h2"));
        assertThat(accounts.useRecoveryCode("amina", "h1")).isTrue();
        assertThat(accounts.useRecoveryCode("amina", "h1")).as("a recovery code works once").isFalse();
        assertThat(accounts.recoveryCodeHashes("amina")).containsExactly("h2");
        assertThatThrownBy(() -> accounts.setRole("nobody", "ANALYST")).hasMessageContaining("nobody");
    }

    @Test
    void recordCompartmentsAssignAndMove() {
        storage().registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        RecordCompartments compartments = new RecordCompartments(storage().dataSource());
        compartments.assign(List.of(Samples.TARGET.value()), "case-1");
        int rest = compartments.assignUnassigned("case-2");
        assertThat(rest).isEqualTo(Samples.all().size() - 1);
        assertThat(compartments.of(Samples.TARGET.value())).contains("case-1");
        compartments.assign(List.of(Samples.TARGET.value()), "case-2");
        assertThat(compartments.of(Set.of(Samples.TARGET.value(), Samples.REQUEST.value())).values()).containsOnly("case-2");
        assertThat(compartments.of("person-unknown")).isEmpty();
    }

    @Test
    void theAuditChainVerifiesAndFindsTheFirstAlteredEntry() throws Exception {
        AuditLog log = new AuditLog(storage().dataSource());
        for (int i = 1; i <= 5; i++) {
            log.append(new AuditEvent("user" + i, "READ", "person-" + i, "case review | 7:x|", "ALLOWED", ""));
        }
        ChainCheck intact = log.verify();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.entries()).isEqualTo(5);

        sql("UPDATE audit_entry SET actor = 'someone else' WHERE seq = 3");
        ChainCheck altered = log.verify();
        assertThat(altered.firstBroken()).map(ChainCheck.Broken::seq).contains(3L);
        assertThat(altered.firstBroken().orElseThrow().reason()).contains("changed");
    }

    @Test
    void aRemovedEntryIsFound() throws Exception {
        AuditLog log = new AuditLog(storage().dataSource());
        for (int i = 1; i <= 4; i++) {
            log.append(new AuditEvent("u", "CHANGE", "r" + i, "", "ALLOWED", ""));
        }
        sql("DELETE FROM audit_entry WHERE seq = 2");
        ChainCheck check = log.verify();
        assertThat(check.firstBroken()).map(ChainCheck.Broken::seq).contains(3L);
        assertThat(check.firstBroken().orElseThrow().reason()).contains("missing");
    }

    @Test
    void aRewrittenChainTailIsFoundWhereTheLinkBreaks() throws Exception {
        AuditLog log = new AuditLog(storage().dataSource());
        for (int i = 1; i <= 3; i++) {
            log.append(new AuditEvent("u", "READ", "r" + i, "", "ALLOWED", ""));
        }
        // an attacker who recomputes the altered entry's own hash still breaks the link of the next one
        AuditEntry second = log.search(AuditQuery.latest(10)).get(1);
        AuditEntry forged = new AuditEntry(2, second.at(), "u", "READ", "r-forged", "", "ALLOWED", "", second.compartments(), "",
                second.previousHash(), "");
        sql("UPDATE audit_entry SET target = 'r-forged', hash = '" + forged.expectedHash(Optional.empty()) + "' WHERE seq = 2");
        assertThat(log.verify().firstBroken()).map(ChainCheck.Broken::seq).contains(3L);
    }

    @Test
    void concurrentAppendsKeepOneChain() throws Exception {
        AuditLog log = new AuditLog(storage().dataSource());
        AuditLog otherServer = new AuditLog(storage().dataSource());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AuditEntry>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                AuditLog writer = i % 2 == 0 ? log : otherServer;
                int n = i;
                done.add(pool.submit(() -> writer.append(new AuditEvent("u" + n, "READ", "r", "", "ALLOWED", ""))));
            }
            for (Future<AuditEntry> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        ChainCheck check = log.verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.entries()).isEqualTo(40);
    }

    @Test
    void searchFiltersAndEscapes() {
        AuditLog log = new AuditLog(storage().dataSource());
        log.append(new AuditEvent("ana", "READ", "person-50%", "", "ALLOWED", ""));
        log.append(new AuditEvent("ben", "READ", "person-500", "", "DENIED", ""));
        log.append(new AuditEvent("ana", "CHANGE", "person-7", "", "ALLOWED", ""));
        assertThat(log.search(new AuditQuery(Optional.of("ana"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 10))).extracting(AuditEntry::target).containsExactly("person-7", "person-50%");
        assertThat(log.search(new AuditQuery(Optional.empty(), Optional.empty(), Optional.of("50%"), Optional.empty(),
                Optional.empty(), Optional.empty(), 10))).extracting(AuditEntry::actor).containsExactly("ana");
        assertThat(log.search(new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("DENIED"),
                Optional.empty(), Optional.empty(), 10))).extracting(AuditEntry::actor).containsExactly("ben");
    }
}
