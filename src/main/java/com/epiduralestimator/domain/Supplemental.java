package com.epiduralestimator.domain;

/** The patient's coverage beside original Medicare (medicare-rules.md section 5, "Supplemental coverage"). */
public enum Supplemental implements WireNamed {
    NONE("none"),
    MEDIGAP_A("medigap-a"),
    MEDIGAP_B("medigap-b"),
    MEDIGAP_C("medigap-c"),
    MEDIGAP_D("medigap-d"),
    MEDIGAP_F("medigap-f"),
    MEDIGAP_G("medigap-g"),
    MEDIGAP_K("medigap-k"),
    MEDIGAP_L("medigap-l"),
    MEDIGAP_M("medigap-m"),
    MEDIGAP_N("medigap-n"),
    MEDIGAP_F_HIGH("medigap-f-high"),
    MEDIGAP_G_HIGH("medigap-g-high"),
    MEDICAID_QMB("medicaid-qmb"),
    MEDICARE_ADVANTAGE("medicare-advantage");

    private final String wireName;

    Supplemental(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public boolean medigap() {
        return wireName.startsWith("medigap-");
    }

    /** K and L: a yearly out-of-pocket limit. */
    public boolean hasOutOfPocketLimit() {
        return this == MEDIGAP_K || this == MEDIGAP_L;
    }

    /** High-deductible F and G. */
    public boolean highDeductible() {
        return this == MEDIGAP_F_HIGH || this == MEDIGAP_G_HIGH;
    }
}
