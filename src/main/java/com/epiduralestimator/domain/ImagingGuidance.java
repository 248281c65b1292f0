package com.epiduralestimator.domain;

import java.util.Optional;

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

    public static Optional<ImagingGuidance> fromWire(String value) {
        return WireNamed.parse(ImagingGuidance.class, value);
    }
}
