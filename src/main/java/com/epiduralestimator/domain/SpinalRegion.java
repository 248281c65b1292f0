package com.epiduralestimator.domain;

/** The two regions the 4-session cap counts separately (A58993: "cervical/thoracic" and "lumbar/sacral"). */
public enum SpinalRegion {
    CERVICAL_THORACIC("cervical-thoracic"),
    LUMBAR_SACRAL("lumbar-sacral");

    private final String wireName;

    SpinalRegion(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static java.util.Optional<SpinalRegion> fromWire(String value) {
        for (SpinalRegion r : values()) {
            if (r.wireName.equals(value)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
