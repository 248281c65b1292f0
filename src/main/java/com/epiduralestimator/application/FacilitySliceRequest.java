package com.epiduralestimator.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What one facility claim needs: a year, codes and, when the facility's place is given, its CBSA; with a date of
 * service, the rates of the quarter it falls in (without one, the year's latest quarter's).
 */
public record FacilitySliceRequest(int year, Set<String> codes, Optional<String> cbsa,
                                   Optional<LocalDate> dateOfService) {
    public FacilitySliceRequest {
        codes = Set.copyOf(codes);
        dateOfService.ifPresent(d -> {
            if (d.getYear() != year) {
                throw new IllegalArgumentException("date of service " + d + " is not in " + year);
            }
        });
    }

    /** The year's latest quarter. */
    public FacilitySliceRequest(int year, Set<String> codes, Optional<String> cbsa) {
        this(year, codes, cbsa, Optional.empty());
    }

    /** The quarter of {@code dateOfService}, in its year. */
    public static FacilitySliceRequest on(LocalDate dateOfService, Set<String> codes, Optional<String> cbsa) {
        return new FacilitySliceRequest(dateOfService.getYear(), codes, cbsa, Optional.of(dateOfService));
    }
}
