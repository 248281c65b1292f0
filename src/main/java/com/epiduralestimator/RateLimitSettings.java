package com.epiduralestimator;

import java.util.Map;

/**
 * The per-tenant rate limit's configuration (docs/trust.md, "Round 3"), read from the environment once at wiring:
 * {@code TENANT_RATE_LIMIT_PER_MINUTE} (requests per tenant per minute across all execution environments; 0 or
 * unset: off), {@code TENANT_RATE_LIMIT_ALLOWANCE} (requests an environment takes from the shared counter at once;
 * default a twentieth of the limit, at least 1, at most the limit) and {@code RATE_LIMIT_TABLE} (the counters' DynamoDB table).
 */
public record RateLimitSettings(int perMinute, int allowance, String table) {
    public static final String DEFAULT_TABLE = "epidural-rate-limits";

    public RateLimitSettings {
        if (perMinute < 0 || perMinute > 1_000_000) {
            throw new IllegalStateException("TENANT_RATE_LIMIT_PER_MINUTE must be between 0 (off) and 1000000");
        }
        if (perMinute > 0 && allowance < 1) {
            throw new IllegalStateException("TENANT_RATE_LIMIT_ALLOWANCE must be at least 1");
        }
        allowance = perMinute > 0 ? Math.min(allowance, perMinute) : allowance; // never more than the limit
    }

    public boolean enabled() {
        return perMinute > 0;
    }

    public static RateLimitSettings fromEnvironment() {
        return from(System.getenv());
    }

    public static RateLimitSettings from(Map<String, String> env) {
        int limit = number(env, "TENANT_RATE_LIMIT_PER_MINUTE", 0);
        int allowance = number(env, "TENANT_RATE_LIMIT_ALLOWANCE", Math.max(1, limit / 20));
        String table = env.getOrDefault("RATE_LIMIT_TABLE", DEFAULT_TABLE).trim();
        if (table.isEmpty()) {
            throw new IllegalStateException("RATE_LIMIT_TABLE is set but empty");
        }
        return new RateLimitSettings(limit, allowance, table);
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number");
        }
    }
}
