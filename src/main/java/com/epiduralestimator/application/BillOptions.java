package com.epiduralestimator.application;

import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.Supplemental;
import java.util.Objects;
import java.util.Optional;

/**
 * What an estimate needs beyond the physician's claim to give the patient's whole bill: the facility (type, CBSA,
 * state) and the supplemental coverage (plan, and what remains of a K/L out-of-pocket limit or of a high-deductible
 * plan's deductible). No patient identifier.
 */
public record BillOptions(Optional<FacilityType> facilityType, Optional<String> facilityCbsa,
                          Optional<String> facilityState, Supplemental supplemental,
                          Optional<Money> supplementalOutOfPocketRemaining,
                          Optional<Money> supplementalDeductibleRemaining) {
    public static final BillOptions NONE = new BillOptions(Optional.empty(), Optional.empty(), Optional.empty(),
            Supplemental.NONE, Optional.empty(), Optional.empty());

    public BillOptions {
        Objects.requireNonNull(facilityType, "facilityType");
        Objects.requireNonNull(facilityCbsa, "facilityCbsa");
        Objects.requireNonNull(facilityState, "facilityState");
        Objects.requireNonNull(supplemental, "supplemental");
        Objects.requireNonNull(supplementalOutOfPocketRemaining, "supplementalOutOfPocketRemaining");
        Objects.requireNonNull(supplementalDeductibleRemaining, "supplementalDeductibleRemaining");
    }
}
