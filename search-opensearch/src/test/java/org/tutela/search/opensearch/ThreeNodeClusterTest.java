package org.tutela.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tutela.search.opensearch.node.OpenSearchNodes;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.tutela.core.registry.Person;
import org.tutela.search.NameIndexContract;
import org.tutela.search.NameQuery;
import org.tutela.search.NameSearch;
import org.tutela.search.Scope;

/**
 * Three nodes in this JVM, the name index with two replicas of its shard: when a node stops (whichever it is, the
 * cluster manager included), searches still answer and writes still land, through the client's other hosts.
 */
class ThreeNodeClusterTest {
    private static OpenSearchNodes cluster;

    @BeforeAll
    static void startCluster() throws IOException {
        cluster = NodeForTests.startOrSkip(() -> OpenSearchNodes.cluster(3));
    }

    @AfterAll
    static void stopCluster() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aStoppedNodeLosesNoSearchAndNoWrite() throws IOException {
        OpenSearchSettings settings = new OpenSearchSettings(cluster.hosts(), "cluster", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 1, 2);
        OpenSearchClient admin = OpenSearchClients.open(settings);
        try (OpenSearchNameIndex index = OpenSearchNameIndex.open(settings)) {
            NameSearch search = new NameSearch(index);
            List<Person> persons = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                persons.add(NameIndexContract.person("p-" + i, "Oksana Hrynko" + (char) ('a' + i % 26) + (char) ('a' + i / 26)));
            }
            persons.add(NameIndexContract.person("p-seed", "Botagoz Jardemalie", "Джардемали Ботагоз"));
            index.rebuild(persons);
            assertThat(admin.cluster().health(h -> h.index(settings.registryIndex(), settings.listsIndex()).waitForStatus(HealthStatus.Green)
                    .timeout(t -> t.time("60s"))).status()).as("every shard has its two replicas").isEqualTo(HealthStatus.Green);

            cluster.stop(0);
            assertThat(admin.cluster().health(h -> h.waitForNodes("2").timeout(t -> t.time("60s"))).numberOfNodes()).isEqualTo(2);

            assertThat(NameIndexContract.ids(search.search(NameQuery.of("ДЖАРДЕМАЛИ"), Scope.registryOnly(), 5)))
                    .as("a search after the node stopped").first().isEqualTo("p-seed");
            index.index(NameIndexContract.person("p-after", "Larysa Bondaruk"));
            assertThat(NameIndexContract.ids(search.search(NameQuery.of("Bondaruk Larysa"), Scope.registryOnly(), 5)))
                    .as("a write after the node stopped").containsExactly("p-after");
            assertThat(index.counts().persons()).isEqualTo(202);
        } finally {
            admin._transport().close();
        }
    }
}
