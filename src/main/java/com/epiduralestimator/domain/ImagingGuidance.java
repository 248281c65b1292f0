package com.epiduralestimator.domain;

import java.util.Optional;

/** The image guidance used for the injection, as the request states it. */
public enum ImagingGuidance {
    FLUOROSCOPY("fluoroscopy"),
    CT("ct"),
    ULTRASOUND("ultrasound"),
    NONE("none");

    private final String wireName;

    ImagingGuidance(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ImagingGuidance> fromWire(String value) {
        for (ImagingGuidance v : values()) {
            if (v.wireName.equals(value)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
