package com.epiduralestimator.application;

import java.time.Clock;
import java.time.Duration;

/**
 * Keeps facility slices in the function's memory for a bounded time ({@link SliceCache}, as {@link
 * CachingFeeSchedule} does fee slices), so that a warm facility estimate reads only the session history.
 */
public final class CachingFacilitySchedule implements FacilitySchedule {
    private final FacilitySchedule delegate;
    private final SliceCache<FacilitySliceRequest, FacilitySlice> cache;

    public CachingFacilitySchedule(FacilitySchedule delegate, Clock clock, Duration ttl, int maxEntries) {
        this.delegate = delegate;
        this.cache = new SliceCache<>(clock, ttl, maxEntries);
    }

    @Override
    public FacilitySlice slice(FacilitySliceRequest request) {
        return cache.get(request, delegate::slice);
    }
}
