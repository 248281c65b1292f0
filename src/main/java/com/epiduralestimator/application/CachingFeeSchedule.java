package com.epiduralestimator.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Keeps fee schedule slices in the function's memory for a bounded time ({@link SliceCache}), so that a warm
 * estimate reads only the session history. The schedule changes at most quarterly; a reload shows within
 * {@code ttl}.
 */
public final class CachingFeeSchedule implements FeeSchedule {
    private final FeeSchedule delegate;
    private final SliceCache<SliceRequest, ScheduleSlice> cache;
    private final Read read;

    public CachingFeeSchedule(FeeSchedule delegate, Clock clock, Duration ttl, int maxEntries) {
        this.delegate = delegate;
        this.cache = new SliceCache<>(clock, ttl, maxEntries);
        this.read = new Read(delegate);
    }

    /** Not cached: it is what an operator reads right after a load. */
    @Override
    public List<LoadedSchedule> loadedSchedules() {
        return delegate.loadedSchedules();
    }

    @Override
    public ScheduleSlice slice(SliceRequest request) {
        return cache.get(request, read);
    }

    /** The delegate's read, as the cache takes it: a class, not a method reference (docs/performance.md). */
    private static final class Read implements java.util.function.Function<SliceRequest, ScheduleSlice> {
        private final FeeSchedule delegate;

        Read(FeeSchedule delegate) {
            this.delegate = delegate;
        }

        @Override
        public ScheduleSlice apply(SliceRequest request) {
            return delegate.slice(request);
        }
    }
}
