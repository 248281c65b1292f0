package com.epiduralestimator.domain;

import java.util.Optional;

/** Whether the provider accepts Medicare assignment (participating) or not. */
public enum Participation {
    PARTICIPATING("participating"),
    NON_PARTICIPATING("non-participating");

    private final String wireName;

    Participation(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Participation> fromWire(String value) {
        for (Participation v : values()) {
            if (v.wireName.equals(value)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
