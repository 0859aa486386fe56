package org.tutela.app;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tutela.search.NameIndex;
import org.tutela.search.opensearch.OpenSearchNameIndex;
import org.tutela.search.opensearch.OpenSearchSettings;

/**
 * Which name index a server uses: the embedded Lucene index (the default; in memory, rebuilt at every start, one per
 * server) or an OpenSearch cluster (kept across restarts, shared by every server of the installation). Chosen with
 * {@code TUTELA_SEARCH_BACKEND} (or the system property {@code tutela.search.backend}): {@code lucene} or
 * {@code opensearch}; OpenSearch's own settings are {@link OpenSearchSettings#fromEnvironment}'s (docs/deployment.md).
 */
public sealed interface SearchBackend {

    /** The change feed's consumer that keeps an OpenSearch index in step: one for the installation, named by the index. */
    String OPENSEARCH_CONSUMER = "name-index-opensearch/";

    NameIndex open();

    record Lucene() implements SearchBackend {
        @Override
        public NameIndex open() {
            return NameIndex.inMemory();
        }
    }

    record OpenSearch(OpenSearchSettings settings) implements SearchBackend {
        @Override
        public NameIndex open() {
            return OpenSearchNameIndex.open(settings);
        }

        String consumer() {
            return OPENSEARCH_CONSUMER + settings.index();
        }
    }

    static SearchBackend lucene() {
        return new Lucene();
    }

    /** From the environment, else the system property, else Lucene. */
    static SearchBackend resolve(Map<String, String> env) {
        String chosen = Optional.ofNullable(env.get("TUTELA_SEARCH_BACKEND")).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(System.getProperty("tutela.search.backend")).filter(s -> !s.isBlank()))
                .orElse("lucene").strip().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "lucene" -> new Lucene();
            case "opensearch" -> new OpenSearch(OpenSearchSettings.fromEnvironment(env));
            default -> throw new IllegalArgumentException("TUTELA_SEARCH_BACKEND (tutela.search.backend) must be lucene or opensearch, not "
                    + chosen);
        };
    }
}
