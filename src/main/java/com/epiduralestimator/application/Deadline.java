package com.epiduralestimator.application;

import java.time.Duration;

/**
 * When a request must stop starting store calls (issue 22): the Lambda context's remaining time less a margin for
 * the call in flight and the answer. A batch stops before it and answers what was done and what was not; a route
 * of several calls stops between two of them with a 503 that says what to send again. {@link #none()} for callers
 * without a context (tests, priming, the command line).
 */
public final class Deadline {
    private static final Deadline NONE = new Deadline(Long.MAX_VALUE);
    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    public static Deadline none() {
        return NONE;
    }

    /** {@code remaining} from now, less {@code margin}: passed at once when the margin is more than what remains. */
    public static Deadline of(Duration remaining, Duration margin) {
        return new Deadline(System.nanoTime() + remaining.minus(margin).toNanos());
    }

    public boolean passed() {
        return this != NONE && System.nanoTime() - endNanos >= 0;
    }

    /** Throws {@link DeadlineExceededException} (a 503) when passed, saying what was not done. */
    public void check(String notDone) {
        if (passed()) {
            throw new DeadlineExceededException(notDone);
        }
    }

    /** The function's time ran out before a store call: it was not made. The message is fixed text, no data. */
    public static final class DeadlineExceededException extends StoreUnavailableException {
        public DeadlineExceededException(String notDone) {
            super("The function's time ran out before " + notDone + ".", Duration.ofSeconds(1), null);
        }
    }
}
