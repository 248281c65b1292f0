package com.epiduralestimator.domain;

/**
 * Which of CMS's NCCI tables edits a claim: the practitioner table edits physician and ASC claims, the outpatient
 * hospital table OPPS claims (medicare-rules.md section 6).
 */
public enum EditTable implements WireNamed {
    PRACTITIONER("practitioner"),
    HOSPITAL("hospital");

    private final String wireName;

    EditTable(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The table of a facility's claim: hospital for an outpatient department, practitioner for an ASC. */
    public static EditTable of(FacilityType facility) {
        return facility == FacilityType.ASC ? PRACTITIONER : HOSPITAL;
    }
}
