package org.tutela.search.opensearch;

import java.io.IOException;
import org.junit.jupiter.api.Assumptions;
import org.tutela.search.opensearch.node.OpenSearchNodes;

/** Starts the nodes a test class needs; where OpenSearch cannot start here the tests are skipped, saying why, except in CI. */
final class NodeForTests {
    interface Start {
        OpenSearchNodes start() throws IOException;
    }

    private NodeForTests() {
    }

    static OpenSearchNodes startOrSkip(Start start) throws IOException {
        try {
            return start.start();
        } catch (IllegalStateException | IOException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw e;
            }
            Assumptions.abort("OpenSearch could not start in this JVM, so its tests are skipped here (in CI they must run): " + e.getMessage());
            throw e;
        }
    }
}
