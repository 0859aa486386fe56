package org.tutela.core.names;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded cache that keeps what is in use. When the current generation is full it becomes the previous one and a
 * new one starts; an entry found only in the previous generation moves to the current one, and what was not used
 * in a whole generation is dropped with the previous one. (Emptying one map when full, as before, threw away the
 * names searched most along with the rest, every 200,000 names analysed.)
 */
final class BoundedCache<V> {
    private final int limit;
    private volatile Map<String, V> current = new ConcurrentHashMap<>();
    private volatile Map<String, V> previous = new ConcurrentHashMap<>();

    BoundedCache(int limit) {
        this.limit = limit;
    }

    V get(String key) {
        V v = current.get(key);
        if (v == null) {
            v = previous.get(key);
            if (v != null) {
                put(key, v);
            }
        }
        return v;
    }

    void put(String key, V value) {
        Map<String, V> c = current;
        if (c.size() >= limit) {
            synchronized (this) {
                if (current.size() >= limit) {
                    previous = current;
                    current = new ConcurrentHashMap<>();
                }
                c = current;
            }
        }
        c.put(key, value);
    }
}
