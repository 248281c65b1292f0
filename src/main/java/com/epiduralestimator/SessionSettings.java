package com.epiduralestimator;

import java.util.Map;
import java.util.Set;

/**
 * The session history's configuration, read from the environment once at wiring:
 * {@code SESSION_RETENTION_YEARS} (default 3: a session expires, and stops counting, that many years after its
 * date of service; the table's TTL then deletes it) and {@code PATIENT_ID_CASE_INSENSITIVE_TENANTS} (comma-separated
 * tenants whose patient ids are compared without case; by default ids are case-sensitive, as MRNs are).
 */
public record SessionSettings(int retentionYears, Set<String> caseInsensitiveTenants) {
    public static final int DEFAULT_RETENTION_YEARS = 3;

    public SessionSettings {
        if (retentionYears < 1 || retentionYears > 100) {
            throw new IllegalStateException("SESSION_RETENTION_YEARS must be between 1 and 100");
        }
        caseInsensitiveTenants = Set.copyOf(caseInsensitiveTenants);
    }

    public static SessionSettings fromEnvironment() {
        return from(System.getenv());
    }

    public static SessionSettings from(Map<String, String> env) {
        String years = env.getOrDefault("SESSION_RETENTION_YEARS", Integer.toString(DEFAULT_RETENTION_YEARS)).trim();
        int retention;
        try {
            retention = Integer.parseInt(years);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("SESSION_RETENTION_YEARS must be a whole number of years");
        }
        Set<String> tenants = new java.util.HashSet<>(); // a loop, not a stream: init (docs/performance.md)
        for (String t : env.getOrDefault("PATIENT_ID_CASE_INSENSITIVE_TENANTS", "").split(",")) {
            if (!t.trim().isEmpty()) {
                tenants.add(t.trim());
            }
        }
        return new SessionSettings(retention, tenants);
    }
}
