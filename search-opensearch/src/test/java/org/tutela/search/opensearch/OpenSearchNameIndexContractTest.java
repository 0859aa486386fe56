package org.tutela.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tutela.search.opensearch.node.OpenSearchNodes;
import org.tutela.search.NameIndex;
import org.tutela.search.NameIndexContract;
import org.tutela.search.NameQuery;
import org.tutela.search.NameSearch;
import org.tutela.search.Scope;

/**
 * The name index's contract on a real OpenSearch node started in this JVM (one node for the class, a new pair of
 * indices for each test), and what only a shared, persistent index has to do.
 */
class OpenSearchNameIndexContractTest extends NameIndexContract {
    private static OpenSearchNodes node;
    private static final AtomicInteger INDICES = new AtomicInteger();

    @BeforeAll
    static void startNode() throws IOException {
        node = NodeForTests.startOrSkip(OpenSearchNodes::single);
    }

    @AfterAll
    static void stopNode() throws IOException {
        if (node != null) {
            node.close();
        }
    }

    private static OpenSearchSettings settings() {
        return OpenSearchSettings.local(node.hosts().get(0), "contract-" + INDICES.incrementAndGet());
    }

    @Override
    protected NameIndex newIndex() {
        return OpenSearchNameIndex.open(settings());
    }

    @AfterEach
    void dropIndices() {
        ((OpenSearchNameIndex) index).deleteIndices();
    }

    /** The index outlives the application: a server that starts again finds it current and needs no rebuild. */
    @Test
    void anIndexIsKeptAcrossRestartsAndNeedsNoRebuild() {
        OpenSearchSettings settings = ((OpenSearchNameIndex) index).settings();
        assertThat(index.registryNeedsRebuild()).as("a new index").isTrue();
        index.rebuild(List.of(person("p-1", "Oksana Hrynko")));
        assertThat(index.registryNeedsRebuild()).isFalse();
        try (NameIndex again = OpenSearchNameIndex.open(settings)) {
            assertThat(again.registryNeedsRebuild()).isFalse();
            assertThat(ids(new NameSearch(again).search(NameQuery.of("Гринько"), Scope.registryOnly(), 5))).containsExactly("p-1");
        }
    }

    /** Several servers share one index: what one writes, another finds as soon as the write returns. */
    @Test
    void anotherServerReadsAWriteAsSoonAsItReturns() {
        try (NameIndex other = OpenSearchNameIndex.open(((OpenSearchNameIndex) index).settings())) {
            NameSearch there = new NameSearch(other);
            for (int i = 0; i < 20; i++) {
                index.index(person("p-" + i, "Pavlo Demchuk" + (char) ('a' + i)));
                assertThat(ids(there.search(NameQuery.of("Pavlo Demchuk" + (char) ('a' + i)), Scope.registryOnly(), 1))).containsExactly("p-" + i);
            }
        }
    }

    @Test
    void anUnreachableClusterIsAClearError() {
        OpenSearchSettings nowhere = OpenSearchSettings.local(URI.create("http://127.0.0.1:18639"), "nowhere");
        assertThatThrownBy(() -> OpenSearchNameIndex.open(nowhere)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot open the name index on OpenSearch [http://127.0.0.1:18639]");
    }

    @Test
    void badSettingsNameWhatIsWrong() {
        assertThatThrownBy(() -> OpenSearchSettings.fromEnvironment(java.util.Map.of()))
                .hasMessageContaining("TUTELA_OPENSEARCH_HOSTS");
        assertThatThrownBy(() -> OpenSearchSettings.fromEnvironment(java.util.Map.of("TUTELA_OPENSEARCH_HOSTS", "search-1:9200")))
                .hasMessageContaining("search-1:9200");
        assertThatThrownBy(() -> OpenSearchSettings.fromEnvironment(java.util.Map.of("TUTELA_OPENSEARCH_HOSTS", "http://a:9200",
                "TUTELA_OPENSEARCH_INDEX", "Names"))).hasMessageContaining("Names");
        assertThatThrownBy(() -> OpenSearchSettings.fromEnvironment(java.util.Map.of("TUTELA_OPENSEARCH_HOSTS", "http://a:9200",
                "TUTELA_OPENSEARCH_USER", "tutela"))).hasMessageContaining("TUTELA_OPENSEARCH_PASSWORD");
        assertThat(OpenSearchSettings.fromEnvironment(java.util.Map.of("TUTELA_OPENSEARCH_HOSTS", "https://a:9200, https://b:9200",
                "TUTELA_OPENSEARCH_USER", "tutela", "TUTELA_OPENSEARCH_PASSWORD", "secret")).toString())
                .contains("https://a:9200", "https://b:9200", "tutela").doesNotContain("secret");
    }
}
