package com.epiduralestimator.application;

import com.epiduralestimator.domain.SpinalRegion;
import java.time.LocalDate;
import java.util.Objects;

/** An ESI session the patient had with another provider, given in an estimate request: counted, never stored. */
public record OtherSession(LocalDate dateOfService, SpinalRegion region) {
    public OtherSession {
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(region, "region");
    }
}
