package com.epiduralestimator.application;

import java.time.Duration;

/** The tenant has used its requests of this window: answered 429 with Retry-After (the window's end). */
public final class TenantRateLimitedException extends RuntimeException {
    private final Duration retryAfter;
    private final int limit;

    public TenantRateLimitedException(int limit, Duration retryAfter) {
        super("the tenant's limit of " + limit + " requests per minute is reached", null, false, false);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public int limit() {
        return limit;
    }
}
