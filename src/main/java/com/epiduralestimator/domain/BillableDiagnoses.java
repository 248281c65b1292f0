package com.epiduralestimator.domain;

import java.util.Arrays;
import java.util.List;

/**
 * One ICD-10-CM edition's billable codes (74,719 in FY2026), packed: each code undotted, padded to 7 bytes, sorted,
 * so that the list costs about half a megabyte of heap and is searched by bisection. A category header (M50.1, B02)
 * or a malformed code (M5416X) is not in it.
 */
public final class BillableDiagnoses {
    static final int WIDTH = 7;
    private final Edition edition;
    private final byte[] packed;
    private final int count;

    private BillableDiagnoses(Edition edition, byte[] packed) {
        this.edition = edition;
        this.packed = packed;
        this.count = packed.length / WIDTH;
    }

    /** From undotted or dotted codes in any order and case. */
    public static BillableDiagnoses of(Edition edition, List<String> codes) {
        String[] sorted = codes.stream().map(BillableDiagnoses::bare).distinct().sorted().toArray(String[]::new);
        byte[] packed = new byte[sorted.length * WIDTH];
        Arrays.fill(packed, (byte) ' ');
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i].isEmpty() || sorted[i].length() > WIDTH) {
                throw new IllegalArgumentException("not an ICD-10-CM code: " + sorted[i]);
            }
            put(sorted[i], packed, i * WIDTH);
        }
        return new BillableDiagnoses(edition, packed);
    }

    /**
     * From the stored format's text (one undotted upper-case code a line, sorted, each once), packed without a
     * String per code: the ICD-10-CM list is read when an estimate first has diagnoses, so this is on a request's
     * path. Text not in that form is read the slow way, {@link #of}.
     */
    public static BillableDiagnoses ofSortedText(Edition edition, String text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        byte[] packed = new byte[(lines + 1) * WIDTH];
        Arrays.fill(packed, (byte) ' ');
        int count = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '\n') {
                continue;
            }
            int length = i - start;
            if (length > 0) {
                if (length > WIDTH || !plain(text, start, i)) {
                    return of(edition, text.lines().filter(l -> !l.isBlank()).toList());
                }
                int at = count * WIDTH;
                for (int k = 0; k < length; k++) {
                    packed[at + k] = (byte) text.charAt(start + k);
                }
                if (count > 0 && Arrays.compare(packed, at - WIDTH, at, packed, at, at + WIDTH) >= 0) {
                    return of(edition, text.lines().filter(l -> !l.isBlank()).toList());
                }
                count++;
            }
            start = i + 1;
        }
        return new BillableDiagnoses(edition, Arrays.copyOf(packed, count * WIDTH));
    }

    /** Upper-case letters and digits only. */
    private static boolean plain(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    public Edition edition() {
        return edition;
    }

    public int size() {
        return count;
    }

    /** Whether the code (dotted or not, any case) is a billable code of this edition. */
    public boolean billable(String code) {
        String bare = bare(code);
        if (bare.isEmpty() || bare.length() > WIDTH) {
            return false;
        }
        byte[] key = new byte[WIDTH];
        Arrays.fill(key, (byte) ' ');
        put(bare, key, 0);
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = Arrays.compare(packed, mid * WIDTH, mid * WIDTH + WIDTH, key, 0, WIDTH);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return false;
    }

    /** Codes are letters and digits only (normalised upper case): one byte each. */
    private static void put(String code, byte[] into, int at) {
        for (int i = 0; i < code.length(); i++) {
            into[at + i] = (byte) code.charAt(i);
        }
    }

    private static String bare(String code) {
        return Icd10.normalise(code).replace(".", "");
    }
}
