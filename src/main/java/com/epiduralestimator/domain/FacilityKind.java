package com.epiduralestimator.domain;

import java.util.Optional;

/**
 * What kind of facility a CMS Certification Number names (facility-directory README, "Hospitals and ASCs by name"),
 * and so how Medicare pays its outpatient claim: under OPPS, at cost, by the state's all-payer model, or not at all.
 */
public enum FacilityKind {
    /** A short-term acute care hospital: OPPS. */
    ACUTE_CARE("Acute Care Hospitals", true),
    /** A critical access hospital: paid 101% of its reasonable cost, not under OPPS. */
    CRITICAL_ACCESS("Critical Access Hospitals", true),
    /** A rural emergency hospital: the OPPS rate plus 5%. */
    RURAL_EMERGENCY("Rural Emergency Hospital", true),
    PSYCHIATRIC("Psychiatric", true),
    CHILDRENS("Childrens", true),
    LONG_TERM("Long-term", true),
    /** A Veterans Administration hospital: does not bill Medicare. */
    VETERANS_ADMINISTRATION("Acute Care - Veterans Administration", true),
    /** A Department of Defense hospital: does not bill Medicare. */
    DEPARTMENT_OF_DEFENSE("Acute Care - Department of Defense", true),
    /** An ambulatory surgical center (10-character CCN). */
    ASC("ASC", false);

    private final String cmsName;
    private final boolean hospital;

    FacilityKind(String cmsName, boolean hospital) {
        this.cmsName = cmsName;
        this.hospital = hospital;
    }

    /** CMS's "Hospital Type" as Care Compare spells it ("ASC" for the ASC file's facilities). */
    public String cmsName() {
        return cmsName;
    }

    public boolean hospital() {
        return hospital;
    }

    /** The kind whose Care Compare "Hospital Type" is {@code name}. */
    public static Optional<FacilityKind> ofCmsName(String name) {
        for (FacilityKind k : values()) {
            if (k.cmsName.equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
