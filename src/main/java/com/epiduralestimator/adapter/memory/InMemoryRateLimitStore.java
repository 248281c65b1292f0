package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.RateLimitStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The rate limit's counters in this process (serve, the tests): exact, atomic per counter, gone on exit. */
public final class InMemoryRateLimitStore implements RateLimitStore {
    private final Map<String, Long> counters = new ConcurrentHashMap<>();

    @Override
    public int take(String tenant, long windowStart, int wanted, int limit, long expiresAtEpochSec) {
        long[] before = {0};
        counters.compute(tenant + "\u0000" + windowStart, (key, taken) -> {
            long was = taken == null ? 0 : taken;
            before[0] = was;
            return was < limit ? was + wanted : was;
        });
        if (counters.size() > 100_000) {
            counters.keySet().removeIf(key -> Long.parseLong(key.substring(key.indexOf('\u0000') + 1)) < windowStart);
        }
        return before[0] < limit ? (int) Math.min(wanted, limit - before[0]) : 0;
    }
}
