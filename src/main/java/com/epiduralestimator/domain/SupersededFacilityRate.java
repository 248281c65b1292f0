package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A code's facility rates as they stood in an earlier quarter of the year: in force for dates of service before
 * {@code until} (and after the code's previous superseded version, if any).
 */
public record SupersededFacilityRate(LocalDate until, FacilityRate rate) {
    public SupersededFacilityRate {
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(rate, "rate");
    }
}
