package org.tutela.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedRetentionTest {
    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    static final FeedRetention RETENTION = new FeedRetention(Duration.ofDays(30), name -> name.startsWith("index/"));

    static ConsumerState consumer(String name, long position, int failures, Instant advanced) {
        return new ConsumerState(name, position, 100, failures, Optional.empty(), Optional.empty(), Optional.of(advanced), Optional.empty());
    }

    @Test
    void theSlowestConsumerHoldsTheFeedBack() {
        assertThat(RETENTION.cutoff(List.of(consumer("screening", 40, 0, NOW), consumer("index/a", 90, 0, NOW)), 100, NOW)).isEqualTo(40);
    }

    @Test
    void aConsumerRebuiltAtStartThatHasNotMovedForLongerThanTheRetentionNoLongerHoldsItBack() {
        Instant longAgo = NOW.minus(Duration.ofDays(31));
        assertThat(RETENTION.cutoff(List.of(consumer("index/gone", 10, 0, longAgo), consumer("screening", 70, 0, NOW)), 100, NOW))
                .isEqualTo(70);
    }

    @Test
    void aConsumerForWholeClusterHoldsTheFeedBackHoweverLongItHasNotMoved() {
        Instant longAgo = NOW.minus(Duration.ofDays(300));
        assertThat(RETENTION.cutoff(List.of(consumer("screening", 10, 0, longAgo)), 100, NOW)).isEqualTo(10);
    }

    @Test
    void aFailingConsumerHoldsTheFeedBackEvenWhenItWouldBeRebuiltAtStart() {
        Instant longAgo = NOW.minus(Duration.ofDays(31));
        assertThat(RETENTION.cutoff(List.of(consumer("index/stuck", 10, 3, longAgo)), 100, NOW)).isEqualTo(10);
    }

    @Test
    void withoutConsumersEverythingUpToTheHeadMayGo() {
        assertThat(RETENTION.cutoff(List.of(), 100, NOW)).isEqualTo(100);
    }

    @Test
    void aRetentionMustBePositive() {
        assertThatThrownBy(() -> new FeedRetention(Duration.ZERO, n -> false)).hasMessageContaining("positive");
    }
}
