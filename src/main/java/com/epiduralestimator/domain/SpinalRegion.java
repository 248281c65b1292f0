package com.epiduralestimator.domain;

/**
 * The regions a family's cap counts separately: the spinal families' two (A58993: "cervical/thoracic" and
 * "lumbar/sacral") and the sacroiliac joint family's one (medicare-rules.md section 7).
 */
public enum SpinalRegion implements WireNamed {
    CERVICAL_THORACIC("cervical-thoracic"),
    LUMBAR_SACRAL("lumbar-sacral"),
    SACROILIAC("sacroiliac");

    private final String wireName;

    SpinalRegion(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
