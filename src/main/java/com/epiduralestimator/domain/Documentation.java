package com.epiduralestimator.domain;

import java.math.BigDecimal;

/** What the clinic says it has documented; every field may be absent (null) and absence is reported, not guessed. */
public record Documentation(Integer conservativeCareWeeks, Integer painDurationWeeks, BigDecimal baselinePainScore,
                            Boolean procedureReportWithImaging, Integer imageViewsSaved,
                            BigDecimal priorReliefPercent, Integer priorReliefWeeks) {
    public static final Documentation NONE = new Documentation(null, null, null, null, null, null, null);
}
