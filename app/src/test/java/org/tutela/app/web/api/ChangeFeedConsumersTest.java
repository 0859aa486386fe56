package org.tutela.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Samples;
import org.tutela.search.NameQuery;
import org.tutela.search.Scope;
import org.tutela.search.SearchHit;
import org.tutela.storage.Storage;
import org.tutela.storage.StorageConfig;

/** The name index and standing screening as consumers of the change feed, and what administrators see of them. */
class ChangeFeedConsumersTest {
    @TempDir
    Path dir;

    /**
     * Changes committed while no consumer ran (a process killed between commit and consumption: here the
     * storage is written without Tutela around it) reach the name index when the server starts again.
     */
    @Test
    void personsCommittedButNeverIndexedAreFindableAfterARestart() {
        Settings settings = new Settings(dir, Optional.empty());
        try (Tutela tutela = Tutela.open(settings)) {
            tutela.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        }
        Person missed = new Person(RecordId.of("person-missed"), List.of(PersonName.of("Saule Omarbekova", PersonName.Kind.PRIMARY)),
                Optional.empty(), Optional.empty(), List.of(), List.of(), Set.of(), Optional.empty(), Provenance.none());
        try (Storage storage = Storage.open(StorageConfig.Embedded.at(dir))) {
            storage.registry().save(missed, Change.by("test", "committed, then the process died"));
        }
        try (Tutela tutela = Tutela.open(settings)) {
            // no wait: the index catches up before open returns
            assertThat(tutela.search().search(NameQuery.of("Сауле Омарбекова"), Scope.registryOnly(), 5))
                    .extracting(SearchHit::found).contains(new SearchHit.RegistryPerson(missed.id(), "Saule Omarbekova"));
            assertThat(tutela.changeFeed().consumers()).filteredOn(c -> c.consumer().startsWith(Tutela.INDEX_CONSUMER))
                    .singleElement().satisfies(c -> assertThat(c.lag()).isZero());
        }
    }

    @Test
    void administratorsSeeEachConsumersPositionLagAndFailures() throws Exception {
        Tutela tutela = Tutela.open(new Settings(dir, Optional.empty()));
        tutela.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        tutela.awaitConsumers();
        String documenter = TestUsers.create(tutela, "documenter", Role.DOCUMENTER);
        try (ApiServer server = ApiServer.start(tutela, TestUsers.create(tutela, "admin", Role.ADMINISTRATOR))) {
            JsonNode feed = server.get("/api/operations/feed");
            assertThat(feed.get("healthy").asBoolean()).isTrue();
            assertThat(feed.get("head").asLong()).isEqualTo(Samples.all().size());
            assertThat(feed.get("consumers")).extracting(c -> c.get("consumer").asText())
                    .contains(Tutela.SCREENING_CONSUMER).anyMatch(n -> n.startsWith(Tutela.INDEX_CONSUMER + "/"));
            assertThat(feed.get("consumers")).allSatisfy(c -> assertThat(c.get("lag").asLong()).isZero());
            JsonNode screening = find(feed, Tutela.SCREENING_CONSUMER);
            assertThat(screening.get("leaseHolder").asText()).isNotBlank();

            tutela.changeFeed().failed(Tutela.SCREENING_CONSUMER, 4, "IllegalStateException: the screening log is unreachable");
            ApiServer.Answer failing = server.call("GET", "/api/operations/feed", null);
            assertThat(failing.status()).isEqualTo(503);
            assertThat(find(failing.body(), Tutela.SCREENING_CONSUMER).get("lastError").asText()).contains("unreachable");
            assertThat(failing.body().get("alerts").get(0).get("consumer").asText()).isEqualTo(Tutela.SCREENING_CONSUMER);

            assertThat(server.call("GET", "/api/operations/feed", null, "Authorization", documenter).status()).isEqualTo(403);
        }
    }

    private static JsonNode find(JsonNode feed, String consumer) {
        for (JsonNode c : feed.get("consumers")) {
            if (c.get("consumer").asText().equals(consumer)) {
                return c;
            }
        }
        throw new AssertionError("no consumer " + consumer + " in " + feed);
    }
}
