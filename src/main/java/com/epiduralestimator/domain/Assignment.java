package com.epiduralestimator.domain;

/**
 * Whether the practice accepts Medicare assignment on this claim (medicare-rules.md section 5). A participating
 * practice always does; a non-participating one may not, and then the patient pays the practice (up to the
 * limiting charge) and Medicare pays the patient.
 */
public enum Assignment implements WireNamed {
    ACCEPTED("accepted"),
    NOT_ACCEPTED("not-accepted");

    private final String wireName;

    Assignment(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
