package org.tutela.search.opensearch.node;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Real OpenSearch nodes (the server from Maven Central, with its Netty transport) started in this JVM: one alone, or a
 * cluster of several that find each other on loopback. Used by the adapter's tests and the benchmarks. Ports stay in
 * Tutela's test ranges: HTTP 19200-19219, transport 19300-19319 (a cluster takes fixed transport ports so that its
 * nodes can list each other).
 */
public final class OpenSearchNodes implements AutoCloseable {
    private static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class);

    private final Path home;
    private final List<Node> nodes;

    private OpenSearchNodes(Path home, List<Node> nodes) {
        this.home = home;
        this.nodes = new ArrayList<>(nodes);
    }

    /** One node, a cluster of its own. */
    public static OpenSearchNodes single() throws IOException {
        Path home = Files.createTempDirectory("tutela-opensearch-");
        String cluster = "tutela-" + UUID.randomUUID().toString().substring(0, 8);
        Settings settings = common(home, cluster, "node-0")
                .put("discovery.type", "single-node")
                .put("http.port", "19200-19209")
                .put("transport.port", "19300-19309")
                .build();
        return start(home, List.of(settings));
    }

    /** {@code count} nodes (at most 9) forming one cluster, each eligible as cluster manager and holding data. */
    public static OpenSearchNodes cluster(int count) throws IOException {
        if (count < 1 || count > 9) {
            throw new IllegalArgumentException("between 1 and 9 nodes, not " + count);
        }
        Path home = Files.createTempDirectory("tutela-opensearch-");
        String cluster = "tutela-" + UUID.randomUUID().toString().substring(0, 8);
        String seeds = IntStream.range(0, count).mapToObj(i -> "127.0.0.1:" + (19310 + i)).collect(Collectors.joining(","));
        String managers = IntStream.range(0, count).mapToObj(i -> "node-" + i).collect(Collectors.joining(","));
        List<Settings> settings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            settings.add(common(home, cluster, "node-" + i)
                    .put("http.port", "19210-19219")
                    .put("transport.port", Integer.toString(19310 + i))
                    .put("discovery.seed_hosts", seeds)
                    .put("cluster.initial_cluster_manager_nodes", managers)
                    .build());
        }
        return start(home, settings);
    }

    private static Settings.Builder common(Path home, String cluster, String name) {
        return Settings.builder()
                .put("cluster.name", cluster)
                .put("node.name", name)
                .put("path.home", home.resolve(name).toString())
                .put("path.data", home.resolve(name).resolve("data").toString())
                .put("network.host", "127.0.0.1")
                // the test machine's disk may be fuller than OpenSearch's watermarks allow; it is not what is tested
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("http.type", "netty4")
                .put("transport.type", "netty4");
    }

    private static OpenSearchNodes start(Path home, List<Settings> settings) {
        List<Node> started = new ArrayList<>();
        try {
            List<Node> nodes = new ArrayList<>();
            for (Settings s : settings) {
                nodes.add(new EmbeddedNode(s));
            }
            for (Node n : nodes) {
                started.add(n);
                n.start();
            }
            return new OpenSearchNodes(home, started);
        } catch (Exception | LinkageError e) {
            for (Node n : started) {
                try {
                    n.close();
                } catch (IOException | RuntimeException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new IllegalStateException("cannot start an OpenSearch node in this JVM: " + e, e);
        }
    }

    /** The HTTP addresses of the nodes still running. */
    public List<URI> hosts() {
        return nodes.stream().filter(n -> !n.isClosed()).map(n -> {
            var address = n.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
            return URI.create("http://127.0.0.1:" + address.getPort());
        }).toList();
    }

    /** Stops node {@code i} (its data stays on disk), as a machine that goes down. */
    public void stop(int i) throws IOException {
        nodes.get(i).close();
    }

    /**
     * A node built as the test framework's {@code MockNode} builds one (the same protected constructor of {@link Node}),
     * without the framework: with it on the class path, OpenSearch's {@code Randomness} takes every random number from
     * the randomized-testing runner's context, so every thread of the node (shard routing shuffles on the cluster's
     * threads, node ids at start) would fail outside a JUnit 4 {@code RandomizedRunner}, and the contract suite, which
     * both adapters share, is JUnit 5. The node itself is the real one: the server jar and its Netty transport.
     */
    private static final class EmbeddedNode extends Node {
        EmbeddedNode(Settings settings) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> settings.get("node.name")), PLUGINS, true);
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Node n : nodes) {
            try {
                n.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
