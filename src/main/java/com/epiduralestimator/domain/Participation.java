package com.epiduralestimator.domain;

/** Whether the provider accepts Medicare assignment (participating) or not. */
public enum Participation implements WireNamed {
    PARTICIPATING("participating"),
    NON_PARTICIPATING("non-participating");

    private final String wireName;

    Participation(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
