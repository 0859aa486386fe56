package org.tutela.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.SearchBackend;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.search.NameQuery;
import org.tutela.search.Scope;
import org.tutela.search.SearchHit;
import org.tutela.search.opensearch.node.OpenSearchNodes;
import org.tutela.search.opensearch.OpenSearchSettings;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;

/**
 * The application on the OpenSearch backend, against a real node started in the test JVM: the change feed's consumer
 * keeps the shared index in step through the port, from a position kept in the database, and rebuilds it for a
 * database it has never followed.
 */
class OpenSearchBackendTest {
    private static OpenSearchNodes node;

    @TempDir
    Path dir;

    @BeforeAll
    static void startNode() throws IOException {
        try {
            node = OpenSearchNodes.single();
        } catch (IllegalStateException | IOException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw e;
            }
            Assumptions.abort("OpenSearch could not start in this JVM, so this test is skipped here (in CI it must run): " + e.getMessage());
        }
    }

    @AfterAll
    static void stopNode() throws IOException {
        if (node != null) {
            node.close();
        }
    }

    private static Person person(String id, String name) {
        return new Person(RecordId.of(id), List.of(PersonName.of(name, PersonName.Kind.PRIMARY)), Optional.empty(), Optional.empty(),
                List.of(), List.of(), Set.of(), Optional.empty(), Provenance.none());
    }

    private static List<SearchHit.Found> found(Tutela tutela, String name) {
        return tutela.search().search(NameQuery.of(name), Scope.registryOnly(), 5).stream().map(SearchHit::found).toList();
    }

    @Test
    void theFeedKeepsTheSharedIndexInStepAcrossRestartsAndDatabases() {
        SearchBackend search = new SearchBackend.OpenSearch(OpenSearchSettings.local(node.hosts().get(0), "app"));
        Settings first = new Settings(dir.resolve("first"), Optional.empty());
        try (Tutela tutela = Tutela.open(first, search)) {
            tutela.registry().save(person("person-a", "Oksana Hrynko"), Change.by("test", "a person"));
            tutela.awaitConsumers();
            assertThat(found(tutela, "Гринько Оксана")).containsExactly(new SearchHit.RegistryPerson(RecordId.of("person-a"), "Oksana Hrynko"));
            assertThat(tutela.changeFeed().consumers()).extracting(c -> c.consumer()).contains(SearchBackend.OPENSEARCH_CONSUMER + "app")
                    .noneMatch(c -> c.startsWith(Tutela.INDEX_CONSUMER + "/"));
        }
        // committed while no server ran: the consumer catches up from its position when a server starts again
        try (Storage storage = Storage.open(StorageConfig.Embedded.at(first.dataDir()))) {
            storage.registry().save(person("person-b", "Saule Omarbekova"), Change.by("test", "committed, then the process died"));
        }
        try (Tutela tutela = Tutela.open(first, search)) {
            tutela.awaitConsumers();
            assertThat(found(tutela, "Сауле Омарбекова")).extracting(SearchHit.Found::name).containsExactly("Saule Omarbekova");
            assertThat(found(tutela, "Oksana Hrynko")).extracting(SearchHit.Found::name).containsExactly("Oksana Hrynko");
        }
        // another database on the same index: it is rebuilt from that database, the first one's persons gone
        try (Tutela tutela = Tutela.open(new Settings(dir.resolve("second"), Optional.empty()), search)) {
            tutela.registry().save(person("person-c", "Pavlo Demchuk"), Change.by("test", "another registry"));
            tutela.awaitConsumers();
            assertThat(found(tutela, "Oksana Hrynko")).isEmpty();
            assertThat(found(tutela, "Demchuk Pavlo")).extracting(SearchHit.Found::name).containsExactly("Pavlo Demchuk");
        }
    }
}
