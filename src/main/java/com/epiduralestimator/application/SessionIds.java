package com.epiduralestimator.application;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Session ids: 128 random bits from {@link SecureRandom}, URL-safe base64 with an {@code s_} prefix. Never derived
 * from the patient id or anything else about the session, so an id reveals nothing and cannot be guessed.
 *
 * <p>SnapStart: the instance may be in the snapshot (priming records sessions). On Linux the default provider
 * (NativePRNG) mixes bytes it reads from /dev/urandom on every call into its output, so environments restored from
 * one snapshot still draw different ids. Nothing relies on an id being unique for correctness of the count: the
 * session's key is patient, date and region; the id only finds it (within the tenant).
 */
public final class SessionIds {
    /** What a session id looks like: anything else is answered 404 without a store call. */
    public static final Pattern FORMAT = Pattern.compile("s_[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionIds() {}

    public static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "s_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean wellFormed(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }
}
