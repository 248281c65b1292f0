package com.epiduralestimator.domain;

import java.util.Optional;

/**
 * Who pays what for one session. Every figure is {@link Money}: whole cents, rounded once where it was computed.
 *
 * @param patientPays the patient's net cost before any supplement (on an unassigned claim: what they pay the
 *                    practice less what Medicare pays them)
 * @param unassigned  present when assignment is not accepted: the two payments that pass through the patient
 */
public record Payment(Money allowed, Money deductibleApplied, Money coinsurance,
                      Money patientPays, Money medicarePays, Money medicarePaysAfterSequestration,
                      Optional<Money> limitingCharge, Optional<Unassigned> unassigned) {

    /**
     * An unassigned claim's money: the patient pays the practice up to the limiting charge, and Medicare pays the
     * patient its share of the non-participating amount after the 2% sequestration.
     */
    public record Unassigned(Money patientPaysProvider, Money medicarePaysPatient) {}

    /** An assigned claim: Medicare pays the practice. */
    public Payment(Money allowed, Money deductibleApplied, Money coinsurance, Money patientPays,
                   Money medicarePays, Money medicarePaysAfterSequestration,
                   Optional<Money> limitingCharge) {
        this(allowed, deductibleApplied, coinsurance, patientPays, medicarePays, medicarePaysAfterSequestration,
                limitingCharge, Optional.empty());
    }
}
