package com.epiduralestimator.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** A Medicare pricing locality: 5-digit MAC (carrier) number + 2-digit locality number, e.g. {@code 0111205}. */
public record LocalityId(String value) {
    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");

    public LocalityId {
        if (value == null || !SEVEN_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("a locality is 7 digits: MAC number + locality number");
        }
    }

    public static Optional<LocalityId> parse(String value) {
        return value != null && SEVEN_DIGITS.matcher(value).matches() ? Optional.of(new LocalityId(value)) : Optional.empty();
    }

    /** CMS files sometimes drop leading zeros: pad the MAC to 5 digits and the locality number to 2. */
    public static LocalityId of(String mac, String localityNumber) {
        return new LocalityId(pad(mac.trim(), 5) + pad(localityNumber.trim(), 2));
    }

    private static String pad(String digits, int width) {
        if (digits.isEmpty() || digits.length() > width || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a " + width + "-digit number: '" + digits + "'");
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    @Override
    public String toString() {
        return value;
    }

    // equals and hashCode written out: a record's generated ones bootstrap through java.lang.runtime.ObjectMethods
    // at their first call, ~50 method-handle classes on a cold estimate (docs/performance.md).
    @Override
    public boolean equals(Object other) {
        return other instanceof LocalityId o && java.util.Objects.equals(value, o.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
