package org.tutela.search.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.ssl.SSLContexts;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** Makes the client the adapter talks through: the opensearch-java client over Apache HttpClient 5, with Basic and TLS as configured. */
final class OpenSearchClients {
    private OpenSearchClients() {
    }

    static OpenSearchClient open(OpenSearchSettings settings) {
        HttpHost[] hosts = settings.hosts().stream().map(h -> new HttpHost(h.getScheme(), h.getHost(), h.getPort())).toArray(HttpHost[]::new);
        SSLContext tls = sslContext(settings);
        OpenSearchTransport transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper())
                .setHttpClientConfigCallback(client -> {
                    settings.user().ifPresent(user -> {
                        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                        for (HttpHost host : hosts) {
                            credentials.setCredentials(new AuthScope(host),
                                    new UsernamePasswordCredentials(user, settings.password().orElseThrow().toCharArray()));
                        }
                        client.setDefaultCredentialsProvider(credentials);
                    });
                    return client.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                            .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls).build())
                            .setMaxConnPerRoute(32).setMaxConnTotal(64)
                            .build());
                })
                .build();
        return new OpenSearchClient(transport);
    }

    /** The JDK's trust, or the configured trust store's (the cluster's own CA). */
    private static SSLContext sslContext(OpenSearchSettings settings) {
        try {
            if (settings.trustStore().isEmpty()) {
                return SSLContext.getDefault();
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            char[] password = settings.trustStorePassword().map(String::toCharArray).orElse(null);
            try (InputStream in = Files.newInputStream(settings.trustStore().get())) {
                store.load(in, password);
            }
            return SSLContexts.custom().loadTrustMaterial(store, null).build();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the OpenSearch trust store " + settings.trustStore().map(Object::toString).orElse("")
                    + " (TUTELA_OPENSEARCH_TRUSTSTORE): " + e.getMessage(), e);
        }
    }
}
