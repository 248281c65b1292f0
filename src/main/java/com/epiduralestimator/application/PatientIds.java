package com.epiduralestimator.application;

import com.epiduralestimator.domain.InvalidFieldException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decision – patient id (medicare-rules.md §3, issue 22): a closed set, not a list of known tricks. The canonical
 * form of an id is: Unicode NFKC (full-width and other compatibility forms become ASCII), every dash look-alike
 * ({@code \p{Pd}}, U+2212 minus, U+2500 box line, U+30FC prolonged sound mark, U+2043 hyphen bullet, U+02D7 modifier
 * minus, U+2796 heavy minus) becomes {@code -}, surrounding white space is trimmed; what is left must be 1 to 64
 * characters of {@code A-Z a-z 0-9 - . _ /}. Everything else (default-ignorables, combining marks, letters and
 * digits of other scripts, U+FFFD, private use, controls, inner spaces) is refused, naming the first such character
 * by code point and its position in the id as sent; the id itself is never quoted.
 */
public final class PatientIds {
    public static final int MAX_LENGTH = 64;
    /** The characters a canonical id is made of. */
    public static final String ALLOWED = "A-Z a-z 0-9 - . _ /";
    private static final Pattern DASHES = Pattern.compile("[\\p{Pd}\\u2212\\u2500\\u30FC\\u2043\\u02D7\\u2796]");

    private PatientIds() {}

    /** The canonical id, case kept; an {@link InvalidFieldException} (field patientId) when there is none. */
    public static String canonical(String id) {
        String canonical = fold(id).strip();
        if (canonical.isEmpty()) {
            throw new InvalidFieldException("patientId", "must not be blank");
        }
        if (!inClosedSet(canonical)) {
            throw refused(id);
        }
        if (canonical.length() > MAX_LENGTH) {
            throw new InvalidFieldException("patientId", "must be at most " + MAX_LENGTH + " characters of "
                    + ALLOWED + " once normalised");
        }
        return canonical;
    }

    /** The canonical id upper-cased (ASCII only, so no locale can change it): a case-insensitive tenant's key. */
    static String upperCase(String canonical) {
        return canonical.toUpperCase(Locale.ROOT);
    }

    private static String fold(String s) {
        if (ascii(s)) {
            // NFKC leaves ASCII as it is and the one ASCII dash is '-' itself: the usual id skips the Unicode
            // tables, which are ~35 classes and a data file on a cold estimate (docs/performance.md).
            return s;
        }
        return DASHES.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("-");
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean inClosedSet(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!allowed(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '/';
    }

    /**
     * The refusal naming the first character of the id as sent whose own canonical form leaves the closed set
     * (white space only where it is trimmed): its code point and its position, counted in characters from 1.
     */
    private static InvalidFieldException refused(String id) {
        int[] cps = id.codePoints().toArray();
        int first = 0;
        int last = cps.length - 1;
        while (first <= last && fold(Character.toString(cps[first])).isBlank()) {
            first++;
        }
        while (last >= first && fold(Character.toString(cps[last])).isBlank()) {
            last--;
        }
        for (int i = first; i <= last; i++) {
            String folded = fold(Character.toString(cps[i]));
            if (folded.isEmpty() || !inClosedSet(folded)) {
                return refusal(cps[i], i + 1);
            }
        }
        // Only a composition across characters can get here; name the first character of the normalised id.
        String canonical = fold(id).strip();
        for (int i = 0; i < canonical.length(); i++) {
            if (!allowed(canonical.charAt(i))) {
                return refusal(canonical.codePointAt(i), canonical.codePointCount(0, i) + 1);
            }
        }
        return new InvalidFieldException("patientId", "must be made of " + ALLOWED);
    }

    private static InvalidFieldException refusal(int codePoint, int position) {
        return new InvalidFieldException("patientId", String.format(Locale.ROOT,
                "the character U+%04X at position %d is not allowed: a patient id is 1 to %d characters of %s"
                        + " (after Unicode NFKC, dashes read as -, surrounding spaces trimmed)",
                codePoint, position, MAX_LENGTH, ALLOWED));
    }
}
