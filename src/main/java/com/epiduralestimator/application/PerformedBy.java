package com.epiduralestimator.application;

import com.epiduralestimator.domain.WireNamed;

/** Who performed a recorded session: this practice, or another provider (it counts toward the cap all the same). */
public enum PerformedBy implements WireNamed {
    THIS_PRACTICE("this-practice"),
    OTHER_PROVIDER("other-provider");

    private final String wireName;

    PerformedBy(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
