package com.epiduralestimator.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A HCPCS/CPT code as Medicare bills it: exactly five upper-case letters or digits (62321, 0228T, G0260). The one
 * place that says what a well-formed code is; whether Medicare prices it, and for what, is the catalog's and the
 * fee schedule's business. A request's code is parsed into one at the edge (query, body, CSV import, stored
 * session); from there the domain speaks HcpcsCode: {@link SessionLine}, {@link ProcedureCode}, the fee quotes of a
 * session. CMS's files and the schedule ports key their rows by the code's text ({@link #value()}).
 */
public record HcpcsCode(String value) implements Comparable<HcpcsCode> {
    /** The format, for readers that check a field against a pattern. */
    public static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{5}");
    /** What a request error says of a code that is not well formed (never quoting it). */
    public static final String FORMAT_HINT = "must be a 5-character HCPCS code, e.g. 62321";

    public HcpcsCode {
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("not a 5-character HCPCS code");
        }
    }

    public static boolean wellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static Optional<HcpcsCode> parse(String value) {
        return wellFormed(value) ? Optional.of(new HcpcsCode(value)) : Optional.empty();
    }

    @Override
    public int compareTo(HcpcsCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    // equals and hashCode written out: a record's generated ones bootstrap through java.lang.runtime.ObjectMethods
    // at their first call, ~50 method-handle classes on a cold estimate (docs/performance.md).
    @Override
    public boolean equals(Object other) {
        return other instanceof HcpcsCode o && java.util.Objects.equals(value, o.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
