package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The facility's claim: its type, where it is priced, its lines and who pays what. */
public record FacilityClaim(FacilityType type, Optional<String> cbsa, Optional<BigDecimal> wageIndex,
                           List<FacilityLine> lines, Payment payment) {
    public FacilityClaim {
        lines = List.copyOf(lines);
    }

    /** What the lines that are not covered would cost the patient with a signed ABN. */
    public Money notCovered() {
        return lines.stream().filter(l -> !l.covered()).map(FacilityLine::allowed).reduce(Money.ZERO, Money::plus);
    }
}
