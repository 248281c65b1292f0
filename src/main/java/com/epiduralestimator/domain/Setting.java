package com.epiduralestimator.domain;

import java.util.Optional;

/** Where the service is performed: decides which practice-expense RVU prices it. */
public enum Setting {
    FACILITY("facility"),
    NON_FACILITY("non-facility");

    private final String wireName;

    Setting(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Setting> fromWire(String value) {
        for (Setting s : values()) {
            if (s.wireName.equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
