package com.epiduralestimator.application;

import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.domain.Purpose;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A session the patient had with another provider, given in an estimate request: counted toward its family's cap,
 * never stored. Without a family it is an ESI session (as before families).
 *
 * @param family  the procedure family's id ({@code esi}, {@code facet}, {@code facet-rfa}, {@code sacroiliac})
 * @param purpose diagnostic or therapeutic, where given (a family that counts them apart counts a session without one
 *                toward each of its caps, as a recorded one)
 */
public record OtherSession(LocalDate dateOfService, SpinalRegion region, String family, Optional<Purpose> purpose) {

    public OtherSession {
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** An ESI session elsewhere. */
    public OtherSession(LocalDate dateOfService, SpinalRegion region) {
        this(dateOfService, region, ProcedureFamily.ESI, Optional.empty());
    }
}
