package com.epiduralestimator.application;

import java.util.Optional;
import java.util.Set;

/** What one facility claim needs: a year, codes and, when the facility's place is given, its CBSA. */
public record FacilitySliceRequest(int year, Set<String> codes, Optional<String> cbsa) {
    public FacilitySliceRequest {
        codes = Set.copyOf(codes);
    }
}
