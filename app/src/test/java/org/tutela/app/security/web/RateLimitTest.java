package org.tutela.app.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.app.web.WebServer;

/** Logins by form and by HTTP Basic, access tokens and public lookups beyond their limits are refused with 429 and Retry-After. */
class RateLimitTest {
    /** The counts of the limits, refilled over an hour instead of a minute: however slow the machine, nothing refills during a test. */
    static final String HOUR = "--tutela.rate.period=PT1H";
    @TempDir
    Path dir;

    static String base(ConfigurableApplicationContext server) {
        return "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void tooManyLoginsAndLookupsFromOneAddress() throws Exception {
        try (Tutela tutela = Tutela.open(new Settings(dir, Optional.empty()));
             ConfigurableApplicationContext server = WebServer.start(tutela, 0, HOUR, "--tutela.rate.failures-per-minute=1000")) {
            Browser b = new Browser(base(server));
            String token = b.get("/login").csrf().orElseThrow();
            int refused = 0;
            for (int i = 0; i < 12; i++) {
                Browser.Page page = b.post("/login", Map.of("username", "someone" + i, "password", "guess " + i, "_csrf", token));
                if (page.status() == 429) {
                    refused++;
                    assertThat(page.headers().firstValue("Retry-After")).isPresent();
                }
            }
            assertThat(refused).as("10 per minute pass, then 429").isEqualTo(2);
            int lookupsRefused = 0;
            for (int i = 0; i < 32; i++) {
                Browser.Page page = b.postJson("/api/public/lookup", "{\"name\":\"x" + i + "\"}");
                lookupsRefused += page.status() == 429 ? 1 : 0;
            }
            assertThat(lookupsRefused).isEqualTo(2);
        }
    }

    @Test
    void failedBasicLoginsAreLimitedPerAccountAndTheRightPasswordWaitsToo() throws Exception {
        try (Tutela tutela = Tutela.open(new Settings(dir, Optional.empty()));
             ConfigurableApplicationContext server = WebServer.start(tutela, 0, HOUR, "--tutela.rate.failures-per-minute=3")) {
            TestUsers.create(tutela, "mona", Role.ANALYST, "case-a");
            Browser b = new Browser(base(server));
            for (int i = 0; i < 3; i++) {
                assertThat(b.get("/api/account", "Authorization", TestUsers.basic("mona", "wrong guess number " + i)).status()).isEqualTo(401);
            }
            Browser.Page limited = b.get("/api/account", "Authorization", TestUsers.basic("mona", TestUsers.PASSWORD));
            assertThat(limited.status()).isEqualTo(429);
            long retry = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retry).isBetween(1L, 3600L);
            assertThat(limited.body()).contains("\"status\":429").contains("try again in " + retry + " s");
            // the form is held back the same way, before any password is hashed
            Browser form = new Browser(base(server));
            assertThat(form.post("/login", Map.of("username", "mona", "password", TestUsers.PASSWORD, "_csrf",
                    form.get("/login").csrf().orElseThrow())).status()).isEqualTo(429);
        }
    }

    @Test
    void basicChecksAndTokenCallsHaveTheirOwnCeilingsPerAddress() throws Exception {
        try (Tutela tutela = Tutela.open(new Settings(dir, Optional.empty()));
             ConfigurableApplicationContext server = WebServer.start(tutela, 0, HOUR, "--tutela.rate.basic-per-minute=3",
                     "--tutela.rate.token-calls-per-minute=4")) {
            TestUsers.create(tutela, "noor", Role.ANALYST, "case-a");
            String token = "Bearer " + tutela.tokens().create("noor", Optional.empty(), Set.of(), Duration.ofDays(1), "", "test").secret();
            Browser b = new Browser(base(server));
            int basicRefused = 0;
            for (int i = 0; i < 5; i++) {
                basicRefused += b.get("/api/account", "Authorization", TestUsers.basic("noor", TestUsers.PASSWORD)).status() == 429 ? 1 : 0;
            }
            assertThat(basicRefused).as("3 Basic checks a minute, even right ones").isEqualTo(2);
            int tokenRefused = 0;
            for (int i = 0; i < 6; i++) {
                Browser.Page page = b.get("/api/account", "Authorization", token);
                tokenRefused += page.status() == 429 ? 1 : 0;
                assertThat(page.status()).isIn(200, 429);
            }
            assertThat(tokenRefused).isEqualTo(2);
        }
    }
}
