package com.epiduralestimator.cmsdata;

import java.math.BigDecimal;

/** Strict field parsers shared by the readers: each failure names file, line, field and value. */
final class Fields {
    private Fields() {}

    /** A non-negative decimal written as digits with an optional fraction ("1", "0.869", "32.3465"); kept as written. */
    static BigDecimal decimal(String file, int line, String field, String value) {
        if (!isPlainDecimal(value)) {
            throw new CmsFileException(file, line, field, "not a non-negative decimal number: '" + value + "'");
        }
        return new BigDecimal(value);
    }

    static boolean isPlainDecimal(String value) {
        int n = value.length();
        int i = 0;
        while (i < n && isDigit(value.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (value.charAt(i) != '.' || i == n - 1) {
            return false;
        }
        for (i++; i < n; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A single decimal digit (CMS indicator columns such as PCTC IND, MULT PROC, BILAT SURG). */
    static int digit(String file, int line, String field, String value) {
        if (value.length() != 1 || !isDigit(value.charAt(0))) {
            throw new CmsFileException(file, line, field, "not a one-digit indicator: '" + value + "'");
        }
        return value.charAt(0) - '0';
    }

    /** Between {@code min} and {@code max} decimal digits. */
    static String digits(String file, int line, String field, String value, int min, int max) {
        if (value.length() < min || value.length() > max || !allDigits(value)) {
            String expected = min == max ? min + " digits" : min + " to " + max + " digits";
            throw new CmsFileException(file, line, field, "expected " + expected + ": '" + value + "'");
        }
        return value;
    }

    static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isUpperOrDigit(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z');
    }

    static boolean allUpperOrDigit(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!isUpperOrDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A two-letter state or territory abbreviation. */
    static String state(String file, int line, String field, String value) {
        if (value.length() != 2 || !Character.isUpperCase(value.charAt(0)) || !Character.isUpperCase(value.charAt(1))
                || value.charAt(0) > 'Z' || value.charAt(1) > 'Z') {
            throw new CmsFileException(file, line, field, "not a two-letter state code: '" + value + "'");
        }
        return value;
    }
}
