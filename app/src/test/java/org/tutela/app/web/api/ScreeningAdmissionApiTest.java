package org.tutela.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.app.Settings;
import org.tutela.app.Tutela;
import org.tutela.app.screening.ScreeningAdmission;
import org.tutela.app.security.Role;
import org.tutela.app.security.TestUsers;
import org.tutela.core.registry.Change;
import org.tutela.core.registry.Samples;

/**
 * When every screening slot is taken and the queue is full, a screening asked through the API is turned away at
 * once with 503 and a Retry-After, in the caller's language, instead of waiting without bound; once the
 * screenings in hand are through, the next one is served. The slots are filled with real screenings' places
 * held open (work running in the desk's admission), not with a stand-in.
 */
class ScreeningAdmissionApiTest {
    @TempDir
    static Path dir;
    static Tutela tutela;
    static ApiServer server;

    @BeforeAll
    static void start() {
        tutela = Tutela.open(new Settings(dir, Optional.empty()));
        tutela.registry().saveAll(Samples.all(), Change.by("test", "fixtures"));
        tutela.awaitConsumers();
        tutela.compartments().assignUnassigned("test-case");
        server = ApiServer.start(tutela, TestUsers.create(tutela, "reviewer", Role.REVIEWER, "test-case"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ApiServer.Answer screen(String language) throws Exception {
        return server.call("POST", "/api/records/" + Samples.REQUEST + "/screenings?asOf=2021-06-30", null,
                "X-Purpose", "admission test", "Accept-Language", language);
    }

    @Test
    void aFullQueueIsAnsweredAt503WithRetryAfterAndServedAgainOnceItClears() throws Exception {
        assertThat(screen("en").status()).as("served while there is room").isBetween(200, 299);

        int keptBefore = kept();
        ScreeningAdmission admission = tutela.screening().admission();
        int places = admission.slots() + admission.queue();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holders = Executors.newFixedThreadPool(places);
        List<Future<Boolean>> held = new ArrayList<>();
        try {
            for (int i = 0; i < places; i++) {
                held.add(holders.submit(() -> admission.run(() -> {
                    try {
                        return release.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                })));
            }
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (admission.admitted() < places && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertThat(admission.admitted()).as("every slot and queue place taken").isEqualTo(places);

            ApiServer.Answer busy = screen("en");
            assertThat(busy.status()).as(busy.raw().body()).isEqualTo(503);
            long retryAfter = Long.parseLong(busy.raw().headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isGreaterThanOrEqualTo(1);
            assertThat(busy.body().get("message").asText()).contains("screening slot").contains(retryAfter + " s");
            ApiServer.Answer inFrench = screen("fr");
            assertThat(inFrench.status()).isEqualTo(503);
            assertThat(inFrench.body().get("message").asText()).contains("criblage");
            // the refused screenings were not kept
            assertThat(kept()).isEqualTo(keptBefore);
        } finally {
            release.countDown();
            holders.shutdown();
        }
        for (Future<Boolean> h : held) {
            assertThat(h.get(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        assertThat(admission.admitted()).isZero();
        assertThat(screen("en").status()).as("served again once the queue cleared").isBetween(200, 299);
    }

    private static int kept() throws Exception {
        return server.call("GET", "/api/records/" + Samples.REQUEST + "/screenings", null, "X-Purpose", "admission test").body().size();
    }

    @Test
    void theSettingsAreReadAndBadOnesNamed() {
        ScreeningAdmission set = ScreeningAdmission.from(java.util.Map.of("TUTELA_SCREENING_SLOTS", "3", "TUTELA_SCREENING_QUEUE", "0"));
        assertThat(set.slots()).isEqualTo(3);
        assertThat(set.queue()).isZero();
        ScreeningAdmission defaults = ScreeningAdmission.from(java.util.Map.of());
        assertThat(defaults.slots()).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        assertThat(defaults.queue()).isEqualTo(64 * defaults.slots());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScreeningAdmission.from(java.util.Map.of("TUTELA_SCREENING_QUEUE", "many")))
                .hasMessageContaining("TUTELA_SCREENING_QUEUE").hasMessageContaining("many");
    }
}
