package com.epiduralestimator.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The stored patient key: HMAC-SHA256 over tenant and normalised patient id under a secret key. Without the key a
 * stored item cannot be linked back to a patient id, and the same id under two tenants gives two unrelated keys.
 *
 * <p>Decision – patient id (medicare-rules.md §3, issue 22): the id is keyed in its canonical form
 * ({@link PatientIds#canonical}: NFKC, dashes folded, trimmed, then a closed ASCII set, everything else refused);
 * case-sensitive by default, upper-cased for a tenant listed as case-insensitive. Every id accepted before issue 22
 * that is in the closed set keeps exactly the key it had.
 *
 * <p>Sessions stored before normalisation were keyed under the id exactly as it was sent. Only the hash is stored,
 * so they cannot be re-keyed; they are read too ({@link #refs}): when an id arrives in a spelling other than its
 * normalised one, the key of that exact spelling is also read (an extra round trip only for such ids).
 */
public final class PatientKeys {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;
    private final Set<String> caseInsensitiveTenants;

    public PatientKeys(byte[] secret, Set<String> caseInsensitiveTenants) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the patient key secret must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.caseInsensitiveTenants = Set.copyOf(caseInsensitiveTenants);
    }

    /** The key sessions are written under: of the normalised id. */
    public PatientRef ref(String tenant, String patientId) {
        return hash(tenant, normalise(tenant, patientId));
    }

    /**
     * Every key the patient's sessions may be stored under, the normalised one first: then the id as sent, and
     * (for a case-insensitive tenant) its case-preserving normalisation, where these differ. One key for an id
     * sent in its normalised spelling.
     */
    public List<PatientRef> refs(String tenant, String patientId) {
        String normalised = normalise(tenant, patientId);
        List<String> spellings = new ArrayList<>(List.of(normalised));
        String caseKept = PatientIds.canonical(patientId);
        if (!spellings.contains(caseKept)) {
            spellings.add(caseKept);
        }
        if (!spellings.contains(patientId)) {
            spellings.add(patientId);
        }
        List<PatientRef> refs = new ArrayList<>(spellings.size());
        for (String s : spellings) {
            refs.add(hash(tenant, s));
        }
        return List.copyOf(refs);
    }

    /** The id as it is keyed ({@link PatientIds#canonical}); throws a 400 (field patientId) naming the character. */
    public String normalise(String tenant, String patientId) {
        String id = PatientIds.canonical(patientId);
        return caseInsensitiveTenants.contains(tenant) ? PatientIds.upperCase(id) : id;
    }

    private PatientRef hash(String tenant, String normalisedId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(tenant.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0); // separator: ("ab","c") and ("a","bc") must not collide
            byte[] digest = mac.doFinal(normalisedId.getBytes(StandardCharsets.UTF_8));
            return new PatientRef(tenant, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
