package com.epiduralestimator;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Configuration, read once from the environment into an immutable record.
 *
 * @param facilityDirectory FACILITY_DIRECTORY: a directory of facility directory files generated from newer files
 *                          (FacilityDirectoryGenerator), read instead of the bundled ones
 * @param patientKeySecret empty when PATIENT_KEY_SECRET is unset; the deployed patient functions refuse to start
 *                         then, the local commands fall back to {@link #DEVELOPMENT_PATIENT_KEY} and say so
 */
public record Config(String feeTable, String sessionTable, String tenantClaim, Optional<byte[]> patientKeySecret,
                     Duration feeCacheTtl, Optional<java.nio.file.Path> facilityDirectory) {
    public static final String DEFAULT_FEE_TABLE = "epidural-fees";
    public static final String DEFAULT_SESSION_TABLE = "epidural-sessions";
    public static final String DEFAULT_TENANT_CLAIM = "tenant_id";
    /** Local use only: never protects real patient data. */
    public static final byte[] DEVELOPMENT_PATIENT_KEY =
            "epidural-estimator-local-development-key-not-secret".getBytes(StandardCharsets.UTF_8);

    public static Config fromEnvironment() {
        return from(System.getenv());
    }

    public static Config from(Map<String, String> env) {
        Duration ttl;
        String ttlText = env.getOrDefault("FEE_CACHE_TTL_SECONDS", "300");
        try {
            ttl = Duration.ofSeconds(Long.parseLong(ttlText.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("FEE_CACHE_TTL_SECONDS must be a whole number of seconds");
        }
        if (ttl.isNegative() || ttl.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalStateException("FEE_CACHE_TTL_SECONDS must be between 0 and 86400");
        }
        String secret = env.get("PATIENT_KEY_SECRET");
        return new Config(
                nonBlank(env, "FEE_TABLE", DEFAULT_FEE_TABLE),
                nonBlank(env, "SESSION_TABLE", DEFAULT_SESSION_TABLE),
                nonBlank(env, "TENANT_CLAIM", DEFAULT_TENANT_CLAIM),
                secret == null || secret.isEmpty() ? Optional.empty()
                        : Optional.of(secret.getBytes(StandardCharsets.UTF_8)),
                ttl,
                // issue 21: a facility directory generated from newer files, read instead of the bundled one
                directory(env.get("FACILITY_DIRECTORY")));
    }

    /** No lambdas in the wiring: init loads each one's class (docs/performance.md). */
    private static Optional<java.nio.file.Path> directory(String dir) {
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(java.nio.file.Path.of(dir.trim()));
    }

    private static String nonBlank(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        if (value == null) {
            return fallback;
        }
        if (value.isBlank()) {
            throw new IllegalStateException(name + " is set but empty");
        }
        return value.trim();
    }

    /** The deployed function's key: PATIENT_KEY_SECRET, at least 32 bytes, or it refuses to start. */
    public byte[] requirePatientKeySecret() {
        if (patientKeySecret.isEmpty()) {
            throw new IllegalStateException(
                    "PATIENT_KEY_SECRET is not set: refusing to start without the patient key secret");
        }
        byte[] secret = patientKeySecret.get();
        if (secret.length < 32) {
            throw new IllegalStateException("PATIENT_KEY_SECRET must be at least 32 bytes");
        }
        return secret;
    }

    /**
     * The key of the local commands ({@code serve}, {@code invoke}): PATIENT_KEY_SECRET when set; otherwise the
     * public development key, but only while the sessions it keys stay on this machine (in memory, or DynamoDB
     * on a loopback address). Against any other endpoint, real tables could be keyed with a key anyone can read
     * in this source: refused (issue #14).
     *
     * @param dynamoEndpoint the --dynamodb-endpoint, empty for the in-memory store
     * @param warn           told when the development key is used
     */
    public byte[] localPatientKey(Optional<URI> dynamoEndpoint, Consumer<String> warn) {
        if (patientKeySecret.isPresent()) {
            return requirePatientKeySecret();
        }
        if (dynamoEndpoint.isPresent() && !isLoopback(dynamoEndpoint.get())) {
            throw new IllegalStateException("PATIENT_KEY_SECRET is not set and DynamoDB at "
                    + dynamoEndpoint.get().getHost() + " is not on this machine: refusing to key patient ids with"
                    + " the public development key. Set PATIENT_KEY_SECRET (at least 32 bytes).");
        }
        warn.accept("PATIENT_KEY_SECRET is not set: using the fixed development key. Local use only: it protects"
                + " no real patient data.");
        return DEVELOPMENT_PATIENT_KEY;
    }

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[[0-9A-Fa-f:.]+]");

    /** localhost, 127.0.0.0/8 or ::1, from the URL alone: a name is never resolved (DNS could say anything). */
    public static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        if (host.toLowerCase(Locale.ROOT).equals("localhost")) {
            return true;
        }
        if (!IP_LITERAL.matcher(host).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
