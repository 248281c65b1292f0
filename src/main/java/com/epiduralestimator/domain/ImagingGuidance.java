package com.epiduralestimator.domain;

/** The image guidance used for the injection, as the request states it. */
public enum ImagingGuidance implements WireNamed {
    FLUOROSCOPY("fluoroscopy"),
    CT("ct"),
    ULTRASOUND("ultrasound"),
    NONE("none");

    private final String wireName;

    ImagingGuidance(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
