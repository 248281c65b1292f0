package com.epiduralestimator.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps facility slices in the function's memory for a bounded time, as {@link CachingFeeSchedule} does fee slices,
 * so that a warm facility estimate reads only the session history. Bounded (least recently used out first);
 * failures are not cached.
 */
public final class CachingFacilitySchedule implements FacilitySchedule {
    private final FacilitySchedule delegate;
    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;
    private final Map<FacilitySliceRequest, Entry> entries;

    private record Entry(FacilitySlice slice, Instant expires) {}

    public CachingFacilitySchedule(FacilitySchedule delegate, Clock clock, Duration ttl, int maxEntries) {
        this.delegate = delegate;
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<FacilitySliceRequest, Entry> eldest) {
                return size() > CachingFacilitySchedule.this.maxEntries;
            }
        };
    }

    @Override
    public FacilitySlice slice(FacilitySliceRequest request) {
        Instant now = clock.instant();
        synchronized (entries) {
            Entry entry = entries.get(request);
            if (entry != null && now.isBefore(entry.expires())) {
                return entry.slice();
            }
        }
        FacilitySlice slice = delegate.slice(request);
        synchronized (entries) {
            entries.put(request, new Entry(slice, now.plus(ttl)));
        }
        return slice;
    }
}
