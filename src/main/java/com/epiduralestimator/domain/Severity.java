package com.epiduralestimator.domain;

/** error: the claim would be denied (not covered); warning: a denial risk; info: an explanation. */
public enum Severity implements WireNamed {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String wireName;

    Severity(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
