package com.epiduralestimator.domain;

/**
 * What a facility status (OPPS) or payment (ASC) indicator means for the facility's payment of one line: one
 * vocabulary for both systems, so a claim can be priced without knowing which letters each uses.
 */
public enum FacilityPaymentTreatment {
    /** Paid separately at the code's rate; the highest-paid such lines at 100%, the others at 50% (OPPS T). */
    SEPARATE_DISCOUNTED(true),
    /** Paid separately at the code's rate, not discounted by its indicator (OPPS S, V, K, R; an ASC line's discount is Addendum AA's own flag). */
    SEPARATE(true),
    /**
     * Comprehensive APC (OPPS J1, J2): one payment for the whole claim at the highest-ranked comprehensive code's
     * rate; the claim's other OPPS lines are packaged into it (pass-through drugs and devices excepted).
     */
    COMPREHENSIVE(true),
    /** Pass-through drug, biological or device: paid separately, even on a comprehensive (J1) claim. */
    PASS_THROUGH(true),
    /** Packaged: no separate payment; its cost is in the payment of the line(s) it goes with. */
    PACKAGED(false),
    /**
     * Conditionally packaged (OPPS Q1, Q2, Q3, Q4): packaged when the claim has a line of the kind named by the
     * indicator, else paid separately.
     */
    CONDITIONALLY_PACKAGED(false),
    /** Paid, but not at an OPPS/ASC rate: another fee schedule or reasonable cost (OPPS A, F, L, R, ...). */
    OTHER_PAYMENT_SYSTEM(false),
    /**
     * Not payable under this system on a facility bill; another code may be (OPPS B: a hospital bills 27096 as
     * G0260, an office visit 99213 as G0463).
     */
    NOT_PAYABLE_USE_OTHER_CODE(false),
    /** Never paid to this facility for this code (OPPS C inpatient-only, D deleted, E1/E2/M not payable). */
    NOT_PAYABLE(false);

    private final boolean paidAtFacilityRate;

    FacilityPaymentTreatment(boolean paidAtFacilityRate) {
        this.paidAtFacilityRate = paidAtFacilityRate;
    }

    /** Whether the line earns a payment at its own OPPS/ASC rate (when a rate is published). */
    public boolean paidAtFacilityRate() {
        return paidAtFacilityRate;
    }
}
