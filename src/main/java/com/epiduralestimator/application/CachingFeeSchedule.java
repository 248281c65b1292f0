package com.epiduralestimator.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps fee schedule slices in the function's memory for a bounded time, so that a warm estimate reads only the
 * session history. The schedule changes at most quarterly; a reload shows within {@code ttl}. Bounded in size
 * (least recently used out first). Failures are not cached.
 */
public final class CachingFeeSchedule implements FeeSchedule {
    private final FeeSchedule delegate;
    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;
    private final Map<SliceRequest, Entry> entries;

    private record Entry(ScheduleSlice slice, Instant expires) {}

    public CachingFeeSchedule(FeeSchedule delegate, Clock clock, Duration ttl, int maxEntries) {
        this.delegate = delegate;
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SliceRequest, Entry> eldest) {
                return size() > CachingFeeSchedule.this.maxEntries;
            }
        };
    }

    /** Not cached: it is what an operator reads right after a load. */
    @Override
    public java.util.List<LoadedSchedule> loadedSchedules() {
        return delegate.loadedSchedules();
    }

    @Override
    public ScheduleSlice slice(SliceRequest request) {
        Instant now = clock.instant();
        synchronized (entries) {
            Entry entry = entries.get(request);
            if (entry != null && now.isBefore(entry.expires())) {
                return entry.slice();
            }
        }
        ScheduleSlice slice = delegate.slice(request);
        synchronized (entries) {
            entries.put(request, new Entry(slice, now.plus(ttl)));
        }
        return slice;
    }
}
