package com.epiduralestimator.domain;

/**
 * On what condition a patient may be billed for a service the payer does not cover: with original Medicare, a signed
 * Advance Beneficiary Notice (modifier GA); with a Medicare Advantage plan, only after the plan's pre-service
 * organization determination (42 CFR 422.566; medicare-rules.md section 8), never an ABN, a traditional-Medicare form.
 * The one wording of each, for the rules' messages and the lines' notes.
 */
public enum NotCoveredBilling {
    ABN("only with a signed ABN"),
    ORGANIZATION_DETERMINATION("only after the plan's pre-service organization determination (42 CFR 422.566)");

    private final String condition;

    NotCoveredBilling(String condition) {
        this.condition = condition;
    }

    /** "only with a signed ABN", as a message continues "the patient may be billed for it ...". */
    public String condition() {
        return condition;
    }

    public static NotCoveredBilling of(EstimateInput input) {
        return input.medicareAdvantage().isPresent() ? ORGANIZATION_DETERMINATION : ABN;
    }

    /** A note written for original Medicare, worded for this payer (unchanged for original Medicare). */
    public String reword(String note) {
        return note.replace(ABN.condition, condition);
    }
}
