package com.epiduralestimator.domain;

import java.util.Optional;

/**
 * Whether the practice accepts Medicare assignment on this claim (medicare-rules.md section 5). A participating
 * practice always does; a non-participating one may not, and then the patient pays the practice (up to the
 * limiting charge) and Medicare pays the patient.
 */
public enum Assignment {
    ACCEPTED("accepted"),
    NOT_ACCEPTED("not-accepted");

    private final String wireName;

    Assignment(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Assignment> fromWire(String value) {
        for (Assignment v : values()) {
            if (v.wireName.equals(value)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
