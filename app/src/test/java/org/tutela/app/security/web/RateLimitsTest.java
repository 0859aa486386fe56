package org.tutela.app.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tutela.app.security.web.RateLimits.Limit;

/** The buckets behind the filter: failures count per account and per address separately, checks take nothing. */
class RateLimitsTest {
    static RateLimits limits(int perMinute) {
        Map<Limit, Integer> rates = new EnumMap<>(Limit.class);
        for (Limit limit : Limit.values()) {
            rates.put(limit, perMinute);
        }
        return new RateLimits(rates);
    }

    @Test
    void failuresAgainstOneAccountFromManyAddressesStopThatAccountOnly() {
        RateLimits limits = limits(3);
        for (int i = 0; i < 3; i++) {
            limits.failed("victim", "10.0.0." + i);
        }
        assertThat(limits.check(Limit.FAILURES_BY_ACCOUNT, "victim")).isPresent();
        assertThat(limits.check(Limit.FAILURES_BY_ACCOUNT, "bystander")).isEmpty();
        assertThat(limits.check(Limit.FAILURES_BY_ADDRESS, "10.0.0.1")).as("each address failed once").isEmpty();
    }

    @Test
    void failuresFromOneAddressAgainstManyAccountsStopThatAddress() {
        RateLimits limits = limits(3);
        for (int i = 0; i < 3; i++) {
            limits.failed("user" + i, "10.0.0.9");
        }
        assertThat(limits.check(Limit.FAILURES_BY_ADDRESS, "10.0.0.9").orElseThrow()).isBetween(1L, 60L);
        assertThat(limits.check(Limit.FAILURES_BY_ADDRESS, "10.0.0.8")).isEmpty();
        assertThat(limits.check(Limit.FAILURES_BY_ACCOUNT, "user1")).isEmpty();
    }

    @Test
    void aCheckTakesNothingAndATakeDoes() {
        RateLimits limits = limits(2);
        for (int i = 0; i < 10; i++) {
            assertThat(limits.check(Limit.LOOKUP, "a")).isEmpty();
        }
        assertThat(limits.take(Limit.LOOKUP, "a")).isEmpty();
        assertThat(limits.take(Limit.LOOKUP, "a")).isEmpty();
        assertThat(limits.take(Limit.LOOKUP, "a")).isPresent();
    }
}
