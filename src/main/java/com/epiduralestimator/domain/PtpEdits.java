package com.epiduralestimator.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * One edition of an NCCI procedure-to-procedure table: its active pairs (column 1, column 2) with their modifier
 * indicator (0: never billable together; 1: billable with an NCCI-associated modifier). Packed as sorted longs (each
 * code as a base-36 number) beside one byte per pair: about 9 bytes a pair of heap.
 */
public final class PtpEdits {
    private final Edition edition;
    private final long[] pairs;
    private final byte[] indicators;

    /** A pair of the table. */
    public record Pair(HcpcsCode column1, HcpcsCode column2, int modifierIndicator) {
        public Pair {
            if (modifierIndicator != 0 && modifierIndicator != 1) {
                throw new IllegalArgumentException("an active pair's modifier indicator is 0 or 1");
            }
        }

        /** Indicator 1: column 2 is payable when its line carries an NCCI-associated modifier. */
        public boolean modifierAllowed() {
            return modifierIndicator == 1;
        }
    }

    private PtpEdits(Edition edition, long[] pairs, byte[] indicators) {
        this.edition = edition;
        this.pairs = pairs;
        this.indicators = indicators;
    }

    /**
     * From the stored format's text (a column-1 code, a tab, its column-2 codes each with its indicator, both
     * sorted), packed without an object per pair: the PTP table is read when an estimate first has two codes, so
     * this is on a request's path. Text not in that form is refused.
     */
    public static PtpEdits ofSortedText(Edition edition, String text) {
        int pairs = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == '\t') {
                pairs++;
            }
        }
        long[] keys = new long[pairs];
        byte[] indicators = new byte[pairs];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\n') {
                i++;
                continue;
            }
            long column1 = number(text, i);
            if (text.charAt(i + 5) != '\t') {
                throw new IllegalArgumentException("PTP text: a tab after the column-1 code at " + i);
            }
            i += 6;
            while (true) {
                long key = (column1 << 32) | number(text, i);
                char indicator = text.charAt(i + 5);
                if (indicator != '0' && indicator != '1') {
                    throw new IllegalArgumentException("PTP text: modifier indicator at " + (i + 5));
                }
                if (n > 0 && key <= keys[n - 1]) {
                    throw new IllegalArgumentException("PTP text: pairs out of order at " + i);
                }
                keys[n] = key;
                indicators[n++] = (byte) (indicator - '0');
                i += 6;
                if (i >= text.length() || text.charAt(i) == '\n') {
                    break;
                }
                if (text.charAt(i) != ',') {
                    throw new IllegalArgumentException("PTP text: a comma between pairs at " + i);
                }
                i++;
            }
        }
        return new PtpEdits(edition, Arrays.copyOf(keys, n), Arrays.copyOf(indicators, n));
    }

    /** Five characters of {@code text} from {@code at} as a code's base-36 number. */
    private static long number(String text, int at) {
        long value = 0;
        for (int k = at; k < at + 5; k++) {
            int digit = Character.digit(text.charAt(k), Character.MAX_RADIX);
            if (digit < 0 || Character.isLowerCase(text.charAt(k))) {
                throw new IllegalArgumentException("PTP text: not a code at " + at);
            }
            value = value * Character.MAX_RADIX + digit;
        }
        return value;
    }

    public Edition edition() {
        return edition;
    }

    public int size() {
        return pairs.length;
    }

    /** The pair the two codes form, in whichever order the table lists them. */
    public Optional<Pair> between(HcpcsCode a, HcpcsCode b) {
        return pair(a, b).or(() -> pair(b, a));
    }

    /** The pair with {@code column1} in column 1 and {@code column2} in column 2. */
    public Optional<Pair> pair(HcpcsCode column1, HcpcsCode column2) {
        int at = Arrays.binarySearch(pairs, key(column1, column2));
        return at < 0 ? Optional.empty() : Optional.of(new Pair(column1, column2, indicators[at]));
    }

    private static long key(HcpcsCode column1, HcpcsCode column2) {
        return ((long) number(column1) << 32) | number(column2);
    }

    /** The code as a base-36 number: 36^5 codes fit in an int. */
    private static int number(HcpcsCode code) {
        return Integer.parseInt(code.value(), Character.MAX_RADIX);
    }
}
