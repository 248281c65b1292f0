package com.epiduralestimator.application;

import java.time.Duration;

/**
 * The store could not answer (throttled past retries, timed out, unreachable). Callers answer 503 with
 * Retry-After; they never guess a fee or an eligibility. The message names the operation, never the data.
 */
public class StoreUnavailableException extends RuntimeException {
    private final Duration retryAfter;

    public StoreUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
