package com.epiduralestimator.domain;

import java.util.Optional;

/**
 * An OPPS status indicator as Addendum B gives it per code, with what it means for the hospital's payment (CMS
 * OPPS final rule, Addendum D1). A letter CMS adds later is not guessed: {@link #parse} gives empty and the raw
 * letter stays on {@link FacilityRate.Opps#status()}.
 */
public enum OppsStatusIndicator {
    A("paid under a fee schedule other than OPPS (lab, therapy, ...)", FacilityPaymentTreatment.OTHER_PAYMENT_SYSTEM),
    B("not payable under OPPS on an outpatient bill; another code may be (27096 is billed G0260, 99213 G0463)",
            FacilityPaymentTreatment.NOT_PAYABLE_USE_OTHER_CODE),
    C("inpatient only: not paid on an outpatient claim", FacilityPaymentTreatment.NOT_PAYABLE),
    D("discontinued code: not paid", FacilityPaymentTreatment.NOT_PAYABLE),
    E1("not covered by any Medicare outpatient benefit", FacilityPaymentTreatment.NOT_PAYABLE),
    E2("not paid by Medicare when billed on an outpatient claim (no pricing yet)", FacilityPaymentTreatment.NOT_PAYABLE),
    F("paid at reasonable cost (corneal tissue, CRNA, hepatitis B vaccine)",
            FacilityPaymentTreatment.OTHER_PAYMENT_SYSTEM),
    G("pass-through drug or biological: paid separately, even on a comprehensive (J1) claim",
            FacilityPaymentTreatment.PASS_THROUGH),
    H("pass-through device category: paid separately at cost", FacilityPaymentTreatment.PASS_THROUGH),
    H1("non-opioid device for pain relief: paid separately (CY2025 on)", FacilityPaymentTreatment.PASS_THROUGH),
    J1("comprehensive APC: one payment for the claim, the other OPPS lines packaged into it",
            FacilityPaymentTreatment.COMPREHENSIVE),
    J2("comprehensive observation or visit APC when the claim qualifies, else paid by its own APC",
            FacilityPaymentTreatment.COMPREHENSIVE),
    K("non-pass-through drug or biological paid separately", FacilityPaymentTreatment.SEPARATE),
    K1("non-opioid drug for pain relief: paid separately (CY2025 on)", FacilityPaymentTreatment.SEPARATE),
    L("influenza or pneumococcal vaccine: reasonable cost, no coinsurance", FacilityPaymentTreatment.OTHER_PAYMENT_SYSTEM),
    M("not billable to the Medicare contractor", FacilityPaymentTreatment.NOT_PAYABLE),
    N("packaged: no separate payment", FacilityPaymentTreatment.PACKAGED),
    P("partial hospitalization or intensive outpatient: per diem", FacilityPaymentTreatment.OTHER_PAYMENT_SYSTEM),
    Q1("packaged with a same-day S, T or V line, else paid separately",
            FacilityPaymentTreatment.CONDITIONALLY_PACKAGED),
    Q2("packaged with a same-day T line, else paid separately", FacilityPaymentTreatment.CONDITIONALLY_PACKAGED),
    Q3("paid through a composite APC when the claim qualifies, else separately",
            FacilityPaymentTreatment.CONDITIONALLY_PACKAGED),
    Q4("laboratory test packaged with other OPPS lines, else paid by the lab fee schedule",
            FacilityPaymentTreatment.CONDITIONALLY_PACKAGED),
    R("blood or blood product: paid separately", FacilityPaymentTreatment.SEPARATE),
    S("significant procedure, not discounted when multiple", FacilityPaymentTreatment.SEPARATE),
    S1("skin substitute product: paid separately (CY2026 on)", FacilityPaymentTreatment.SEPARATE),
    T("significant procedure, multiple-procedure discount: the highest-paid at 100%, the others at 50%",
            FacilityPaymentTreatment.SEPARATE_DISCOUNTED),
    U("brachytherapy source: paid separately", FacilityPaymentTreatment.SEPARATE),
    V("clinic or emergency department visit: paid separately", FacilityPaymentTreatment.SEPARATE),
    Y("non-implantable durable medical equipment: DMEPOS fee schedule", FacilityPaymentTreatment.OTHER_PAYMENT_SYSTEM);

    private final String meaning;
    private final FacilityPaymentTreatment treatment;

    OppsStatusIndicator(String meaning, FacilityPaymentTreatment treatment) {
        this.meaning = meaning;
        this.treatment = treatment;
    }

    /** The indicator as Addendum B writes it ("J1"), or empty for a letter this list does not know. */
    public static Optional<OppsStatusIndicator> parse(String value) {
        for (OppsStatusIndicator s : values()) {
            if (s.name().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** A plain-language meaning (the project's words). */
    public String meaning() {
        return meaning;
    }

    public FacilityPaymentTreatment treatment() {
        return treatment;
    }

    /** Separately paid at the APC rate on a claim without a comprehensive line (T, S, V, K, G, J1, ...). */
    public boolean separatelyPaid() {
        return treatment.paidAtFacilityRate();
    }

    /** Paid even when a comprehensive (J1) line packages the claim's other lines: pass-through only. */
    public boolean paidOnComprehensiveClaim() {
        return treatment == FacilityPaymentTreatment.PASS_THROUGH || treatment == FacilityPaymentTreatment.COMPREHENSIVE;
    }
}
