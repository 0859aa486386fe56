package org.tutela.app.security.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's rate limits, as Bucket4j token buckets: one bucket per limit and key (a client address or
 * an account name). Kept in memory: several servers behind a balancer each limit on their own; the
 * lockout of accounts (in the database) holds across them.
 */
public final class RateLimits {
    /** What is counted, and per what. */
    public enum Limit {
        /** Posts of the login form, per client address. */
        LOGIN_FORM,
        /** Failed logins (form or HTTP Basic) and unknown access tokens, per client address. */
        FAILURES_BY_ADDRESS,
        /** Failed logins, per account name tried. */
        FAILURES_BY_ACCOUNT,
        /** HTTP Basic checks (each costs an Argon2id), per client address. */
        BASIC,
        /** Calls with an access token, per client address. */
        TOKEN_BY_ADDRESS,
        /** Calls with an access token, per token owner. */
        TOKEN_BY_ACCOUNT,
        /** The public lookup, per client address. */
        LOOKUP
    }

    /** Buckets are dropped past this many keys, once full again: their clients lose nothing. */
    private static final int MAX_KEYS = 100_000;
    private final Map<Limit, Integer> perMinute;
    private final Duration period;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(Map<Limit, Integer> perMinute) {
        this(perMinute, Duration.ofMinutes(1));
    }

    /** {@code perPeriod} requests per {@code period} (a minute in production; tests lengthen it so that no refill falls inside them). */
    public RateLimits(Map<Limit, Integer> perPeriod, Duration period) {
        this.period = period;
        Map<Limit, Integer> perMinute = perPeriod;
        EnumMap<Limit, Integer> all = new EnumMap<>(Limit.class);
        all.putAll(perMinute);
        if (all.size() != Limit.values().length) {
            throw new IllegalArgumentException("a rate is needed for every limit; given " + perMinute.keySet());
        }
        this.perMinute = all;
    }

    /** Takes one from the bucket: empty when allowed, else the seconds to wait (for Retry-After). */
    public OptionalLong take(Limit limit, String key) {
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
    }

    /** Whether one could be taken, without taking it: for the failure limits, checked before a login and taken after a failure. */
    public OptionalLong check(Limit limit, String key) {
        EstimationProbe probe = bucket(limit, key).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
    }

    /** Counts a failed login against the account tried (if any) and the client address. */
    public void failed(String account, String address) {
        if (account != null && !account.isBlank()) {
            bucket(Limit.FAILURES_BY_ACCOUNT, account).tryConsume(1);
        }
        bucket(Limit.FAILURES_BY_ADDRESS, address).tryConsume(1);
    }

    private Bucket bucket(Limit limit, String key) {
        if (buckets.size() > MAX_KEYS) {
            buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= perMinute.get(Limit.valueOf(e.getKey().split(" ", 2)[0])));
        }
        int rate = perMinute.get(limit);
        return buckets.computeIfAbsent(limit.name() + " " + key,
                k -> Bucket.builder().addLimit(l -> l.capacity(rate).refillGreedy(rate, period)).build());
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
