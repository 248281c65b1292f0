package com.epiduralestimator.domain;

/** Over which past a family's cap counts prior sessions. */
public enum CapWindow implements WireNamed {
    /** D − 1 year + 1 day ≤ s ≤ D − 1 day, as {@link FrequencyPolicy} (java.time clamps 29 February). */
    ROLLING_12_MONTHS("rolling-12-months"),
    /** Every recorded session before D (SI diagnostic sessions, a Decision on A59243): no next eligible date. */
    WHOLE_HISTORY("whole-history");

    private final String wireName;

    CapWindow(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
