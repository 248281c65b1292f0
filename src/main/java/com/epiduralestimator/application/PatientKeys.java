package com.epiduralestimator.application;

import com.epiduralestimator.domain.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The stored patient key: HMAC-SHA256 over tenant and normalised patient id under a secret key. Without the key a
 * stored item cannot be linked back to a patient id, and the same id under two tenants gives two unrelated keys.
 *
 * <p>Decision – patient id (medicare-rules.md §3): the id is normalised before it is keyed: Unicode NFKC
 * (full-width letters and composed/decomposed accents become one spelling), then every dash (Unicode's dash
 * punctuation, and the minus sign: NFKC leaves U+2010, U+2013, U+2212 as they are) becomes the ASCII hyphen,
 * surrounding whitespace trimmed; a control character is a 400. Case-sensitive by default; a tenant listed as case-insensitive
 * has its ids upper-cased (after NFKC) as well.
 *
 * <p>Sessions stored before normalisation were keyed under the id exactly as it was sent. Only the hash is stored,
 * so they cannot be re-keyed; they are read too ({@link #refs}): when an id arrives in a spelling other than its
 * normalised one, the key of that exact spelling is also read (an extra round trip only for such ids).
 */
public final class PatientKeys {
    private static final String ALGORITHM = "HmacSHA256";
    /** Look-alike hyphens: dash punctuation (hyphen, en/em dash, small and full-width hyphen-minus) and minus. */
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[\\p{Pd}\\u2212]");
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
        String caseKept = nfkcTrimmed(patientId);
        if (!spellings.contains(caseKept)) {
            spellings.add(caseKept);
        }
        if (!spellings.contains(patientId)) {
            spellings.add(patientId);
        }
        return spellings.stream().map(s -> hash(tenant, s)).toList();
    }

    /** The id as it is keyed; throws a 400 (field patientId) for a control character or nothing left. */
    public String normalise(String tenant, String patientId) {
        String id = nfkcTrimmed(patientId);
        return caseInsensitiveTenants.contains(tenant) ? id.toUpperCase(Locale.ROOT) : id;
    }

    private static String nfkcTrimmed(String patientId) {
        String id = DASHES.matcher(Normalizer.normalize(patientId, Normalizer.Form.NFKC)).replaceAll("-").strip();
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                throw new InvalidFieldException("patientId", "must not contain control characters");
            }
            i += Character.charCount(cp);
        }
        if (id.isEmpty()) {
            throw new InvalidFieldException("patientId", "must not be blank");
        }
        return id;
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
