package com.epiduralestimator.application;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the facility is, as a patient knows it (api-contract "Where the facility is"): its CMS Certification
 * Number or its ZIP code, instead of a CBSA code. No patient identifier.
 */
public record FacilityWhere(Optional<String> ccn, Optional<String> zip) {
    public static final FacilityWhere NONE = new FacilityWhere(Optional.empty(), Optional.empty());

    public FacilityWhere {
        Objects.requireNonNull(ccn, "ccn");
        Objects.requireNonNull(zip, "zip");
    }

    public boolean given() {
        return ccn.isPresent() || zip.isPresent();
    }
}
