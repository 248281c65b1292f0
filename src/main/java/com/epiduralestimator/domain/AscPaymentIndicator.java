package com.epiduralestimator.domain;

import java.util.Optional;

/**
 * An ASC payment indicator as Addendum AA gives it per code, with what it means for the ASC's payment (CMS ASC
 * final rule, Addendum DD1). A letter CMS adds later is not guessed: {@link #parse} gives empty and the raw value
 * stays on {@link FacilityRate.Asc#paymentIndicator()}. Whether an ASC line is discounted when several are paid is
 * Addendum AA's own flag ({@link FacilityRate.Asc#discounted()}), not the indicator.
 */
public enum AscPaymentIndicator {
    A2("surgical procedure on the ASC list in CY2007, paid at the ASC rate", FacilityPaymentTreatment.SEPARATE),
    C5("inpatient procedure: not paid in an ASC", FacilityPaymentTreatment.NOT_PAYABLE),
    D2("covered dental procedure, paid at the ASC rate", FacilityPaymentTreatment.SEPARATE),
    D5("deleted or discontinued code: not paid", FacilityPaymentTreatment.NOT_PAYABLE),
    F4("corneal tissue: paid at cost", FacilityPaymentTreatment.OTHER_PAYMENT_SYSTEM),
    G2("non-office-based surgical procedure added since CY2008, paid at the ASC rate",
            FacilityPaymentTreatment.SEPARATE),
    H2("brachytherapy source: paid separately at the OPPS rate", FacilityPaymentTreatment.SEPARATE),
    J7("OPPS pass-through device paid separately; no ASC payment for the procedure's device part",
            FacilityPaymentTreatment.PASS_THROUGH),
    J8("device-intensive procedure, paid at the adjusted ASC rate", FacilityPaymentTreatment.SEPARATE),
    K2("drug or biological paid separately (a pass-through drug in an ASC), even beside a procedure",
            FacilityPaymentTreatment.PASS_THROUGH),
    K7("unclassified drug or biological: contractor-priced", FacilityPaymentTreatment.OTHER_PAYMENT_SYSTEM),
    L1("influenza or pneumococcal vaccine: packaged, no separate payment", FacilityPaymentTreatment.PACKAGED),
    L6("new technology intraocular lens: an added payment", FacilityPaymentTreatment.SEPARATE),
    N1("packaged service or item: no separate payment", FacilityPaymentTreatment.PACKAGED),
    P2("office-based surgical procedure paid at the ASC rate (weight from OPPS)",
            FacilityPaymentTreatment.SEPARATE),
    P3("office-based surgical procedure paid at the PFS non-facility practice expense amount",
            FacilityPaymentTreatment.SEPARATE),
    R2("office-based surgical procedure paid at the ASC rate (weight from the PFS)",
            FacilityPaymentTreatment.SEPARATE),
    Z2("radiology service paid separately when on a claim with a covered procedure (ASC rate)",
            FacilityPaymentTreatment.SEPARATE),
    Z3("radiology service paid separately when on a claim with a covered procedure (PFS amount)",
            FacilityPaymentTreatment.SEPARATE);

    private final String meaning;
    private final FacilityPaymentTreatment treatment;

    AscPaymentIndicator(String meaning, FacilityPaymentTreatment treatment) {
        this.meaning = meaning;
        this.treatment = treatment;
    }

    /** The indicator as Addendum AA writes it ("G2"), or empty for one this list does not know. */
    public static Optional<AscPaymentIndicator> parse(String value) {
        for (AscPaymentIndicator p : values()) {
            if (p.name().equals(value)) {
                return Optional.of(p);
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

    /** Whether Addendum AA publishes no rate for the indicator (packaged or not paid): the bundle carries 0.00. */
    public boolean withoutRate() {
        return treatment == FacilityPaymentTreatment.PACKAGED || treatment == FacilityPaymentTreatment.NOT_PAYABLE;
    }

    /** Packaged into the procedure it goes with (N1, L1): the ASC is paid nothing for the line. */
    public boolean packaged() {
        return treatment == FacilityPaymentTreatment.PACKAGED;
    }
}
