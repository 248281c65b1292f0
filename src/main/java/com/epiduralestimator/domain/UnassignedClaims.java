package com.epiduralestimator.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Section 5, assignment not accepted: the states whose laws restrict excess charges above Medicare's approved
 * amount (Connecticut, Massachusetts, Minnesota, New York, Ohio, Pennsylvania, Rhode Island, Vermont). Where the
 * place of service is in one, a warning; where the place is not known (national), nothing is guessed.
 */
public final class UnassignedClaims {
    static final Set<String> EXCESS_CHARGE_STATES = Set.of("CT", "MA", "MN", "NY", "OH", "PA", "RI", "VT");
    static final String SOURCE = "State balance-billing laws (CMS Medicare & You: limiting charge)";

    private UnassignedClaims() {}

    public static List<Finding> findings(Optional<Locality> place) {
        return place.map(Locality::state).filter(EXCESS_CHARGE_STATES::contains)
                .map(state -> Finding.of("EXCESS-CHARGE-STATE", Severity.WARNING, FindingKind.PAYMENT, state
                        + " law restricts what a practice may charge above Medicare's approved amount on an"
                        + " unassigned claim: the practice may be allowed less than the federal limiting charge"
                        + " estimated here.", SOURCE))
                .stream().toList();
    }
}
