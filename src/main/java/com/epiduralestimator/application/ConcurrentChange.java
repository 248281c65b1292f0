package com.epiduralestimator.application;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The read-change-write loop every change of a stored session runs: read, change, write on condition of the
 * version read; when another change won the race, back off a little and read again. Each caller's step says what
 * it does; this class only says how often and how long to wait.
 */
final class ConcurrentChange {
    /** Attempts of a read-change-write before giving up with a 503: far above what 20 concurrent callers need. */
    static final int MAX_ATTEMPTS = 64;

    private ConcurrentChange() {}

    /**
     * Runs {@code attempt} until it gives a result (empty: its conditional write lost to another change). An
     * exception it throws ends the loop. After {@link #MAX_ATTEMPTS} lost races: {@link StoreUnavailableException}.
     */
    static <T> T retry(String what, Supplier<Optional<T>> attempt) {
        for (int n = 1; n <= MAX_ATTEMPTS; n++) {
            Optional<T> done = attempt.get();
            if (done.isPresent()) {
                return done.get();
            }
            pause(n);
        }
        throw new StoreUnavailableException(what + ": too many concurrent changes", Duration.ofSeconds(1), null);
    }

    /** Backs off a little, with jitter, before re-reading a session another change has just written. */
    private static void pause(int attempt) {
        long maxMillis = Math.min(50, 2L * attempt);
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, maxMillis + 1) * 1_000_000L);
    }
}
