package com.epiduralestimator.domain;

/** The two regions the 4-session cap counts separately (A58993: "cervical/thoracic" and "lumbar/sacral"). */
public enum SpinalRegion implements WireNamed {
    CERVICAL_THORACIC("cervical-thoracic"),
    LUMBAR_SACRAL("lumbar-sacral");

    private final String wireName;

    SpinalRegion(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
