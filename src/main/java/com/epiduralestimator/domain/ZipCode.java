package com.epiduralestimator.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** A 5-digit US ZIP code (ZIP+4 accepted on input, priced by its first five digits). */
public record ZipCode(String value) {
    private static final Pattern ZIP = Pattern.compile("\\d{5}");
    private static final Pattern ZIP_PLUS_FOUR = Pattern.compile("\\d{5}-?\\d{4}");

    public ZipCode {
        if (value == null || !ZIP.matcher(value).matches()) {
            throw new IllegalArgumentException("a ZIP code is 5 digits");
        }
    }

    public static Optional<ZipCode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (ZIP.matcher(value).matches()) {
            return Optional.of(new ZipCode(value));
        }
        if (ZIP_PLUS_FOUR.matcher(value).matches()) {
            return Optional.of(new ZipCode(value.substring(0, 5)));
        }
        return Optional.empty();
    }

    /** The first three digits: the sectional centre facility, used to group ZIPs in storage. */
    public String prefix() {
        return value.substring(0, 3);
    }

    @Override
    public String toString() {
        return value;
    }

    // equals and hashCode written out: a record's generated ones bootstrap through java.lang.runtime.ObjectMethods
    // at their first call, ~50 method-handle classes on a cold estimate (docs/performance.md).
    @Override
    public boolean equals(Object other) {
        return other instanceof ZipCode o && java.util.Objects.equals(value, o.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
