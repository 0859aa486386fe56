package org.tutela.app.security.web;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-process rate limits: one token bucket per client and purpose. A bucket holds {@code capacity}
 * tokens and gains them back at {@code perMinute}; a request takes one or is refused. Kept in memory:
 * several servers behind a balancer each limit on their own.
 */
public final class TokenBuckets {
    private static final int MAX_CLIENTS = 100_000;
    private final int capacity;
    private final double perMilli;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;
    }

    public TokenBuckets(int capacity, int perMinute, Clock clock) {
        this.capacity = capacity;
        this.perMilli = perMinute / 60_000.0;
        this.clock = clock;
    }

    public boolean take(String client) {
        long now = clock.millis();
        if (buckets.size() > MAX_CLIENTS) {
            // forget clients whose buckets have filled up again: they lose nothing
            buckets.entrySet().removeIf(e -> e.getValue().tokens + (now - e.getValue().at) * perMilli >= capacity);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> {
            Bucket b = new Bucket();
            b.tokens = capacity;
            b.at = now;
            return b;
        });
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perMilli);
            bucket.at = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }

    /** Seconds until the next token, for Retry-After. */
    public long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(1 / perMilli / 1000));
    }
}
