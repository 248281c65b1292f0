package com.epiduralestimator.domain;

/** Why the injection is given: a diagnostic selective nerve root block must carry KX. */
public enum Purpose implements WireNamed {
    THERAPEUTIC("therapeutic"),
    DIAGNOSTIC("diagnostic"),
    DIAGNOSTIC_SELECTIVE_NERVE_ROOT_BLOCK("diagnostic-selective-nerve-root-block");

    private final String wireName;

    Purpose(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
