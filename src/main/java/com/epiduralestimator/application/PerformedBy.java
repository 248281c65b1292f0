package com.epiduralestimator.application;

import java.util.Optional;

/** Who performed a recorded session: this practice, or another provider (it counts toward the cap all the same). */
public enum PerformedBy {
    THIS_PRACTICE("this-practice"),
    OTHER_PROVIDER("other-provider");

    private final String wireName;

    PerformedBy(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<PerformedBy> fromWire(String value) {
        for (PerformedBy p : values()) {
            if (p.wireName.equals(value)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
