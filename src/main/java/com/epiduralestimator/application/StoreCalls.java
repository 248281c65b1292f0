package com.epiduralestimator.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A per-thread tally of the calls a request made to its store: how many, how many failed (after the SDK's
 * retries), and the time spent in them. The store adapter adds to it; the HTTP adapter reads and resets it once
 * per request for the metrics. Per thread because a request runs on one thread and the SDK's synchronous client
 * calls its interceptors on the caller's thread.
 */
public final class StoreCalls {
    private static final ThreadLocal<StoreCalls> CURRENT = new ThreadLocal<>() { // no lambda: docs/performance.md
        @Override
        protected StoreCalls initialValue() {
            return new StoreCalls();
        }
    };

    private int calls;
    private int errors;
    private long nanos;

    private StoreCalls() {}

    public static void record(long elapsedNanos, boolean failed) {
        StoreCalls tally = CURRENT.get();
        tally.calls++;
        tally.nanos += elapsedNanos;
        if (failed) {
            tally.errors++;
        }
    }

    /** This thread's tally since the last drain, then zero. */
    public static Snapshot drain() {
        StoreCalls tally = CURRENT.get();
        Snapshot snapshot = new Snapshot(tally.calls, tally.errors, tally.nanos);
        tally.calls = 0;
        tally.errors = 0;
        tally.nanos = 0;
        return snapshot;
    }

    public record Snapshot(int calls, int errors, long nanos) {
        public BigDecimal millis() {
            return BigDecimal.valueOf(nanos, 6).setScale(3, RoundingMode.HALF_UP);
        }
    }
}
