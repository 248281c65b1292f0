package com.epiduralestimator.application;

import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.WireNamed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cells of the family data (rules/families/*.csv, {@link FamilyCatalogResource}): split and read by hand, with
 * no lambda, stream or regular expression (the family data is read on the first estimate: docs/performance.md). A
 * bad cell is an {@link IllegalArgumentException} saying what is wrong; the reader adds the file and line.
 */
final class FamilyCells {
    private FamilyCells() {}

    /** The line's cells, stripped: at most {@code limit}, the last one keeping any further commas (free text). */
    static String[] split(String line, int limit) {
        List<String> out = new ArrayList<>(limit);
        int from = 0;
        while (out.size() < limit - 1) {
            int comma = line.indexOf(',', from);
            if (comma < 0) {
                break;
            }
            out.add(line.substring(from, comma).strip());
            from = comma + 1;
        }
        out.add(line.substring(from).strip());
        return out.toArray(new String[0]);
    }

    /** The cell's whitespace-separated words. */
    static List<String> words(String cell) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= cell.length(); i++) {
            boolean space = i == cell.length() || Character.isWhitespace(cell.charAt(i));
            if (space && start >= 0) {
                words.add(cell.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return List.copyOf(words);
    }

    static HcpcsCode code(String value) {
        boolean valid = value.length() == 5;
        for (int i = 0; valid && i < 5; i++) {
            char ch = value.charAt(i);
            valid = ch >= '0' && ch <= '9' || ch >= 'A' && ch <= 'Z'; // HcpcsCode.FORMAT, without the regex
        }
        if (!valid) {
            throw new IllegalArgumentException("not a HCPCS code: '" + value + "'");
        }
        return new HcpcsCode(value);
    }

    static Optional<HcpcsCode> optionalCode(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(code(value));
    }

    static boolean yesNo(String value) {
        if (!value.equals("yes") && !value.equals("no")) {
            throw new IllegalArgumentException("expected yes or no: '" + value + "'");
        }
        return value.equals("yes");
    }

    static boolean setting(String value) {
        if (!value.equals("any") && !value.equals("hospital-outpatient")) {
            throw new IllegalArgumentException("expected any or hospital-outpatient: '" + value + "'");
        }
        return value.equals("hospital-outpatient");
    }

    static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: '" + value + "'");
        }
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: '" + value + "'");
        }
    }

    static <E extends Enum<E> & WireNamed> E named(Class<E> type, String value) {
        Optional<E> named = WireNamed.parse(type, value);
        if (named.isEmpty()) {
            throw new IllegalArgumentException("'" + value + "' is not one of " + WireNamed.wireNames(type));
        }
        return named.get();
    }
}
