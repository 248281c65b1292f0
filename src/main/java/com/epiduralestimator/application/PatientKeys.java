package com.epiduralestimator.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The stored patient key: HMAC-SHA256 over tenant and patient id under a secret key. Without the key a stored
 * item cannot be linked back to a patient id, and the same id under two tenants gives two unrelated keys.
 */
public final class PatientKeys {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public PatientKeys(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the patient key secret must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    public PatientRef ref(String tenant, String patientId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(tenant.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0); // separator: ("ab","c") and ("a","bc") must not collide
            byte[] digest = mac.doFinal(patientId.getBytes(StandardCharsets.UTF_8));
            return new PatientRef(tenant, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
