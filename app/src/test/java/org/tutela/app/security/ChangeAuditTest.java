package org.tutela.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Registry;
import org.tutela.storage.security.AuditKey;
import org.tutela.storage.security.AuditQuery;

/** A change and its audit entry commit together or not at all, whichever way the change comes. */
class ChangeAuditTest {
    @TempDir
    Path dir;
    Tutela tutela;

    @BeforeEach
    void open() {
        tutela = Tutela.open(new Settings(dir.resolve("data"), Optional.empty()).withAuditKey(AuditKey.newKeyText()));
    }

    @AfterEach
    void close() {
        tutela.close();
    }

    static Person person(String id) {
        return new Person(RecordId.of(id), List.of(PersonName.of("Dana Serikbayeva", PersonName.Kind.PRIMARY)), Optional.empty(),
                Optional.empty(), List.of(), List.of(), Set.of(), Optional.empty(), Provenance.none());
    }

    /** Takes the audit log's head row away: every append fails until it is back. */
    void breakTheAuditLog() throws SQLException {
        // the same embedded database, opened beside the pool as an intruder would
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data").resolve("tutela"), "tutela", "");
             Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM audit_head");
        }
    }

    @Test
    void aChangeWhoseAuditEntryCannotBeWrittenIsNotCommitted() throws SQLException {
        tutela.registry().save(person("person-kept"), 0, Change.by("test", "before"));
        breakTheAuditLog();
        Registry asDocumenter = tutela.registryFor(() -> Optional.of(new Caller("doc", Role.DOCUMENTER, Set.of("ngo-a"),
                Optional.empty(), Optional.empty())));
        assertThatThrownBy(() -> asDocumenter.saveAll(List.of(person("person-lost")), Change.by("doc", "through the web")))
                .hasMessageContaining("audit");
        assertThatThrownBy(() -> tutela.registry().saveAll(List.of(person("person-imported")), Change.by("cli", "an import")))
                .hasMessageContaining("audit");
        assertThatThrownBy(() -> tutela.registry().retract(RecordId.of("person-kept"), Change.by("cli", "retraction")))
                .hasMessageContaining("audit");
        assertThat(tutela.registry().history(RecordId.of("person-lost"))).isEmpty();
        assertThat(tutela.compartments().of("person-lost")).as("nor its compartment").isEmpty();
        assertThat(tutela.registry().history(RecordId.of("person-imported"))).isEmpty();
        assertThat(tutela.registry().get(RecordId.of("person-kept"))).as("the retraction was not committed").isPresent();
        tutela.awaitConsumers(); // the index follows the change feed on a thread of its own
        assertThat(tutela.search().search(org.tutela.search.NameQuery.of("Serikbayeva"), org.tutela.search.Scope.everything(), 10))
                .as("nor did the index hear of it").hasSize(1);
    }

    @Test
    void aCommittedChangeHasItsEntryWithTheRecordsCompartment() {
        Registry asDocumenter = tutela.registryFor(() -> Optional.of(new Caller("doc", Role.DOCUMENTER, Set.of("ngo-a"),
                Optional.empty(), Optional.empty())));
        asDocumenter.saveAll(List.of(person("person-new")), Change.by("doc", "through the web"));
        assertThat(tutela.audit().search(AuditQuery.latest(10)))
                .filteredOn(e -> e.action().equals(AuditTrail.CHANGE))
                .singleElement().satisfies(e -> {
                    assertThat(e.target()).isEqualTo("person-new");
                    assertThat(e.compartments()).containsExactly("ngo-a");
                    assertThat(e.detail()).contains("revision 1");
                });
    }
}
