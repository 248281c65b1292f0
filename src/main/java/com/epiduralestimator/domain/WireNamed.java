package com.epiduralestimator.domain;

import java.util.List;
import java.util.Optional;

/**
 * An enum value with its spelling in the API (JSON and query strings): the one way to read a spelling back and to
 * list the allowed ones, derived from the enum itself, so that no list of allowed values is copied by hand. The
 * spelling is the API's only: stored data has its own fixed names (see the session table's storage names).
 */
public interface WireNamed {
    String wireName();

    /** The constant spelt {@code value} in the API, or empty (never a guess: the spelling must match exactly). */
    static <E extends Enum<E> & WireNamed> Optional<E> parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wireName().equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Every spelling the API accepts, in the enum's order (what an error message and openapi.yaml list). */
    static <E extends Enum<E> & WireNamed> List<String> wireNames(Class<E> type) {
        List<String> names = new java.util.ArrayList<>(); // a loop: every request reads an enum (performance.md)
        for (E constant : type.getEnumConstants()) {
            names.add(constant.wireName());
        }
        return List.copyOf(names);
    }
}
