package com.epiduralestimator.domain;

/** Which facility bills for the session, and so which payment system prices its claim. */
public enum FacilityType implements WireNamed {
    /** A hospital outpatient department (on campus, or an excepted off-campus one): the OPPS rate. */
    HOSPITAL_OUTPATIENT("hospital-outpatient", true),
    /** A non-excepted off-campus department (claim modifier PN): 40% of the OPPS rate, the site-neutral rate. */
    HOSPITAL_OUTPATIENT_OFF_CAMPUS("hospital-outpatient-off-campus", true),
    /** An ambulatory surgical center: the ASC rate (Addendum AA). */
    ASC("asc", false);

    private final String wireName;
    private final boolean opps;

    FacilityType(String wireName, boolean opps) {
        this.wireName = wireName;
        this.opps = opps;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** True for the hospital types (OPPS), false for the ASC. */
    public boolean opps() {
        return opps;
    }
}
