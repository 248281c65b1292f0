package com.epiduralestimator.domain;

/**
 * Whether a Medicare Advantage member's plan has authorized the service before it is performed
 * (medicare-rules.md section 8): most plans require it for spinal injections. Unknown unless the request says.
 */
public enum PriorAuthorization implements WireNamed {
    OBTAINED("obtained"),
    NOT_OBTAINED("not-obtained"),
    UNKNOWN("unknown");

    private final String wireName;

    PriorAuthorization(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
