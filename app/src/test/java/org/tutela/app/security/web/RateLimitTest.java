package org.tutela.app.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.web.WebServer;

/** Logins and public lookups from one address beyond the default limits are refused with 429. */
class RateLimitTest {
    @TempDir
    Path dir;

    @Test
    void tooManyLoginsAndLookupsFromOneAddress() throws Exception {
        try (Tutela tutela = Tutela.open(new Settings(dir, Optional.empty()));
             ConfigurableApplicationContext server = WebServer.start(tutela, 0)) {
            Browser b = new Browser("http://localhost:" + server.getEnvironment().getProperty("local.server.port"));
            String token = b.get("/login").csrf().orElseThrow();
            int refused = 0;
            for (int i = 0; i < 12; i++) {
                int status = b.post("/login", Map.of("username", "someone", "password", "guess " + i, "_csrf", token)).status();
                refused += status == 429 ? 1 : 0;
            }
            assertThat(refused).as("10 per minute pass, then 429").isEqualTo(2);
            int lookupsRefused = 0;
            for (int i = 0; i < 32; i++) {
                Browser.Page page = b.get("/api/public/lookup?name=x" + i);
                lookupsRefused += page.status() == 429 ? 1 : 0;
            }
            assertThat(lookupsRefused).isEqualTo(2);
        }
    }
}
