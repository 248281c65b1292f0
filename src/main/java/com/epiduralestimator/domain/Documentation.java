package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the clinic says it has documented; every field may be absent, and absence is reported, not guessed. Absent
 * is {@link Optional#empty()}, as everywhere in the domain (see {@link EstimateInput}): never null.
 */
public record Documentation(Optional<Integer> conservativeCareWeeks, Optional<Integer> painDurationWeeks,
                            Optional<BigDecimal> baselinePainScore, Optional<Boolean> procedureReportWithImaging,
                            Optional<Integer> imageViewsSaved, Optional<BigDecimal> priorReliefPercent,
                            Optional<Integer> priorReliefWeeks) {
    public static final Documentation NONE = new Documentation(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Documentation {
        Objects.requireNonNull(conservativeCareWeeks, "conservativeCareWeeks");
        Objects.requireNonNull(painDurationWeeks, "painDurationWeeks");
        Objects.requireNonNull(baselinePainScore, "baselinePainScore");
        Objects.requireNonNull(procedureReportWithImaging, "procedureReportWithImaging");
        Objects.requireNonNull(imageViewsSaved, "imageViewsSaved");
        Objects.requireNonNull(priorReliefPercent, "priorReliefPercent");
        Objects.requireNonNull(priorReliefWeeks, "priorReliefWeeks");
    }
}
