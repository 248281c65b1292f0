package com.epiduralestimator.domain;

/** Where the service is performed: decides which practice-expense RVU prices it. */
public enum Setting implements WireNamed {
    FACILITY("facility"),
    NON_FACILITY("non-facility");

    private final String wireName;

    Setting(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
