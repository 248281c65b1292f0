package com.epiduralestimator.domain;

/** The spinal level the request declares; each belongs to one of the two cap regions. */
public enum DeclaredRegion implements WireNamed {
    CERVICAL("cervical"),
    THORACIC("thoracic"),
    LUMBAR("lumbar"),
    SACRAL("sacral");

    private final String wireName;

    DeclaredRegion(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public SpinalRegion spinalRegion() {
        return this == CERVICAL || this == THORACIC ? SpinalRegion.CERVICAL_THORACIC : SpinalRegion.LUMBAR_SACRAL;
    }
}
