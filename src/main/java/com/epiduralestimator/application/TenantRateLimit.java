package com.epiduralestimator.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-tenant limit of requests per minute (a fixed window), shared by every execution environment through a
 * {@link RateLimitStore}, at the cost of one store request per {@code allowance} requests of a tenant in an
 * environment (docs/trust.md, "Round 3"): an environment takes an allowance of up to {@code allowance} requests
 * from the tenant's shared counter and spends it locally, without a store request; it asks again when the allowance
 * is spent or the window changes. Never more than {@code limit} requests per tenant per window are admitted across
 * all environments; an allowance an environment does not spend is lost for the window (at most
 * {@code (environments - 1) x allowance} requests fewer than the limit). Once the store says the window is full,
 * this environment refuses the tenant until the window ends without asking again.
 */
public final class TenantRateLimit {
    public static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_TENANTS_HELD = 10_000;

    private final RateLimitStore store;
    private final int limit;
    private final int allowance;
    private final Clock clock;
    private final Map<String, Allowance> tenants = new ConcurrentHashMap<>();

    /** Per tenant in this environment: the window it is for and what is left of its allowance. */
    private static final class Allowance {
        long window = -1;
        int left;
        boolean full;
    }

    /**
     * @param limit     requests per tenant per minute, across all environments (at least 1)
     * @param allowance requests an environment takes from the shared counter at once (1 to {@code limit})
     */
    public TenantRateLimit(RateLimitStore store, int limit, int allowance, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (limit < 1 || allowance < 1 || allowance > limit) {
            throw new IllegalArgumentException("a rate limit of at least 1, with an allowance from 1 to the limit");
        }
        this.limit = limit;
        this.allowance = allowance;
    }

    /** No limit: every request is admitted, nothing is asked of a store. */
    public static TenantRateLimit off() {
        return new TenantRateLimit((tenant, start, wanted, max, expires) -> wanted, Integer.MAX_VALUE,
                Integer.MAX_VALUE, Clock.systemUTC());
    }

    public boolean enabled() {
        return limit != Integer.MAX_VALUE;
    }

    public int limit() {
        return limit;
    }

    /**
     * Admits one request of the tenant, or throws {@link TenantRateLimitedException} (with the seconds to the
     * window's end). At most one store request, and none while this environment holds an allowance.
     */
    public void admit(String tenant) {
        if (!enabled()) {
            return;
        }
        long nowMs = clock.millis();
        long windowMs = WINDOW.toMillis();
        long window = Math.floorDiv(nowMs, windowMs);
        if (tenants.size() > MAX_TENANTS_HELD) {
            tenants.clear(); // bounded memory: an environment forgets its allowances, the shared counter stays exact
        }
        Allowance a = tenants.computeIfAbsent(tenant, t -> new Allowance());
        synchronized (a) {
            if (a.window != window) {
                a.window = window;
                a.left = 0;
                a.full = false;
            }
            if (a.left > 0) {
                a.left--;
                return;
            }
            if (!a.full) {
                long start = window * windowMs / 1000;
                int taken = store.take(tenant, start, allowance, limit, start + 2 * WINDOW.toSeconds());
                if (taken > 0) {
                    a.left = taken - 1;
                    return;
                }
                a.full = true;
            }
        }
        long waitMs = (window + 1) * windowMs - nowMs;
        throw new TenantRateLimitedException(limit, Duration.ofSeconds(Math.max(1, (waitMs + 999) / 1000)));
    }
}
