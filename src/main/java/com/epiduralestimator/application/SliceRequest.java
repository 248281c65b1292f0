package com.epiduralestimator.application;

import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.ZipCode;
import java.util.Optional;
import java.util.Set;

/** What one fee lookup needs: a schedule year, codes, and at most one of a locality or a ZIP. */
public record SliceRequest(int year, Set<String> codes, Optional<LocalityId> locality, Optional<ZipCode> zip) {
    public SliceRequest {
        codes = Set.copyOf(codes);
        if (locality.isPresent() && zip.isPresent()) {
            throw new IllegalArgumentException("give a locality or a ZIP, not both");
        }
    }
}
