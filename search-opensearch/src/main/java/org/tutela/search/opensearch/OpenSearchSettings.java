package org.tutela.search.opensearch;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the OpenSearch cluster is and how to reach it (docs/deployment.md, "Name search on OpenSearch").
 *
 * @param hosts              the nodes' HTTP addresses, {@code http://} or {@code https://}; the client spreads requests over them
 * @param index              the prefix of the two indices: {@code <index>-registry} and {@code <index>-lists}
 * @param user               HTTP Basic user, with {@code password}; none when the cluster has no security plugin
 * @param trustStore         a PKCS#12 trust store holding the cluster's CA certificate, for {@code https://} hosts whose
 *                           certificate the JDK's own trust store does not vouch for
 * @param shards             primary shards of a new index
 * @param replicas           replicas of each shard of a new index (0 on a single node; 1 or more on a cluster)
 */
public record OpenSearchSettings(List<URI> hosts, String index, Optional<String> user, Optional<String> password,
                                 Optional<Path> trustStore, Optional<String> trustStorePassword, int shards, int replicas) {
    public static final String DEFAULT_INDEX = "tutela-names";

    public OpenSearchSettings {
        if (hosts == null || hosts.isEmpty()) {
            throw new IllegalArgumentException("OpenSearch needs at least one host (TUTELA_OPENSEARCH_HOSTS, e.g. https://search-1:9200)");
        }
        for (URI h : hosts) {
            if (!("http".equals(h.getScheme()) || "https".equals(h.getScheme())) || h.getHost() == null || h.getPort() < 0) {
                throw new IllegalArgumentException("OpenSearch host " + h + " is not of the form http(s)://host:port");
            }
        }
        hosts = List.copyOf(hosts);
        if (index == null || !index.matches("[a-z0-9][a-z0-9_.-]{0,200}")) {
            throw new IllegalArgumentException("OpenSearch index name " + index + " must be lower-case letters, digits, '_', '-' or '.'");
        }
        user = user == null ? Optional.empty() : user;
        password = password == null ? Optional.empty() : password;
        trustStore = trustStore == null ? Optional.empty() : trustStore;
        trustStorePassword = trustStorePassword == null ? Optional.empty() : trustStorePassword;
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("give both TUTELA_OPENSEARCH_USER and TUTELA_OPENSEARCH_PASSWORD, or neither");
        }
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("OpenSearch shards must be at least 1 and replicas at least 0, not " + shards + " and " + replicas);
        }
    }

    /** One node, no security, one shard and no replica: tests and a single-node trial. */
    public static OpenSearchSettings local(URI host, String index) {
        return new OpenSearchSettings(List.of(host), index, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1, 0);
    }

    /**
     * From the environment: {@code TUTELA_OPENSEARCH_HOSTS} (comma-separated), {@code TUTELA_OPENSEARCH_INDEX},
     * {@code TUTELA_OPENSEARCH_USER}, {@code TUTELA_OPENSEARCH_PASSWORD} (or {@code TUTELA_OPENSEARCH_PASSWORD_FILE}),
     * {@code TUTELA_OPENSEARCH_TRUSTSTORE}, {@code TUTELA_OPENSEARCH_TRUSTSTORE_PASSWORD}, {@code TUTELA_OPENSEARCH_SHARDS},
     * {@code TUTELA_OPENSEARCH_REPLICAS}.
     */
    public static OpenSearchSettings fromEnvironment(Map<String, String> env) {
        List<URI> hosts = Arrays.stream(env.getOrDefault("TUTELA_OPENSEARCH_HOSTS", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> {
                    try {
                        return URI.create(s);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("TUTELA_OPENSEARCH_HOSTS: " + s + " is not an address: " + e.getMessage(), e);
                    }
                }).toList();
        Optional<String> password = value(env, "TUTELA_OPENSEARCH_PASSWORD").or(() -> value(env, "TUTELA_OPENSEARCH_PASSWORD_FILE").map(f -> {
            try {
                return java.nio.file.Files.readString(Path.of(f)).strip();
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot read TUTELA_OPENSEARCH_PASSWORD_FILE " + f + ": " + e.getMessage(), e);
            }
        }));
        return new OpenSearchSettings(hosts, value(env, "TUTELA_OPENSEARCH_INDEX").orElse(DEFAULT_INDEX), value(env, "TUTELA_OPENSEARCH_USER"),
                password, value(env, "TUTELA_OPENSEARCH_TRUSTSTORE").map(Path::of), value(env, "TUTELA_OPENSEARCH_TRUSTSTORE_PASSWORD"),
                number(env, "TUTELA_OPENSEARCH_SHARDS", 1), number(env, "TUTELA_OPENSEARCH_REPLICAS", 1));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        return value(env, name).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, not " + v, e);
            }
        }).orElse(fallback);
    }

    public String registryIndex() {
        return index + "-registry";
    }

    public String listsIndex() {
        return index + "-lists";
    }

    @Override
    public String toString() {
        // never the password
        return "OpenSearch " + hosts + " index " + index + user.map(u -> " as " + u).orElse("") + " shards " + shards + " replicas " + replicas;
    }
}
