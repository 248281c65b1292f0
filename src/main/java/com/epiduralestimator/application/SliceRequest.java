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

    // equals and hashCode written out: a record's generated ones bootstrap through java.lang.runtime.ObjectMethods
    // at their first call, ~50 method-handle classes on a cold estimate (docs/performance.md).
    @Override
    public boolean equals(Object other) {
        return other instanceof SliceRequest o
                && year == o.year
                && java.util.Objects.equals(codes, o.codes)
                && java.util.Objects.equals(locality, o.locality)
                && java.util.Objects.equals(zip, o.zip);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(year, codes, locality, zip);
    }
}
