package com.epiduralestimator.domain;

/**
 * The claim-edit tables a contractor applies before any coverage rule (medicare-rules.md section 6), each published
 * in editions with effective dates: ICD-10-CM by fiscal year (1 October, and may change 1 April), NCCI PTP and MUE
 * per quarter and per table (practitioner for physician and ASC claims, hospital for OPPS claims), ASP per quarter.
 */
public enum EditKind implements WireNamed {
    ICD10CM("icd10cm", "ICD-10-CM billable codes"),
    PTP_PRACTITIONER("ncci-ptp-practitioner", "NCCI PTP practitioner edits"),
    PTP_HOSPITAL("ncci-ptp-hospital", "NCCI PTP hospital edits"),
    MUE_PRACTITIONER("mue-practitioner", "MUE practitioner values"),
    MUE_HOSPITAL("mue-hospital", "MUE hospital values"),
    ASP("asp", "ASP drug payment limits");

    private final String wireName;
    private final String label;

    EditKind(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** How a response names the table, e.g. "NCCI PTP practitioner edits". */
    public String label() {
        return label;
    }

    /** The PTP table of a claim's payer: practitioner for physician and ASC claims, hospital for OPPS claims. */
    public static EditKind ptp(EditTable table) {
        return table == EditTable.HOSPITAL ? PTP_HOSPITAL : PTP_PRACTITIONER;
    }

    /** The MUE table of a claim's payer, as {@link #ptp}. */
    public static EditKind mue(EditTable table) {
        return table == EditTable.HOSPITAL ? MUE_HOSPITAL : MUE_PRACTITIONER;
    }

    /**
     * Whether a date of service after the newest edition may be answered by that edition (said in the response).
     * ICD-10-CM may not: a code split in a later fiscal year would be called invalid, so an uncovered date is not
     * checked. NCCI and MUE tables change little for a family's codes from quarter to quarter: the newest answers.
     */
    public boolean answersOutsideItsDates() {
        return this != ICD10CM;
    }
}
