package com.epiduralestimator.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The one in-memory cache of schedule slices (fee and facility alike), so that a warm estimate reads only the session
 * history: an entry lives {@code ttl} (a reload shows within it), at most {@code maxEntries} are kept (least recently
 * used out first), and a failed read is not cached. Thread-safe; the slow read runs outside the lock.
 */
final class SliceCache<K, V> {
    private final Clock clock;
    private final Duration ttl;
    private final Map<K, Entry<V>> entries;

    private record Entry<V>(V value, Instant expires) {}

    SliceCache(Clock clock, Duration ttl, int maxEntries) {
        this.clock = clock;
        this.ttl = ttl;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The cached value while it is fresh; else {@code read}'s, kept for {@code ttl} (not kept if it throws). */
    V get(K key, Function<K, V> read) {
        Instant now = clock.instant();
        synchronized (entries) {
            Entry<V> entry = entries.get(key);
            if (entry != null && now.isBefore(entry.expires())) {
                return entry.value();
            }
        }
        V value = read.apply(key);
        synchronized (entries) {
            entries.put(key, new Entry<>(value, now.plus(ttl)));
        }
        return value;
    }
}
