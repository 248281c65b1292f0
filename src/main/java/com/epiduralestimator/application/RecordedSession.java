package com.epiduralestimator.application;

import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A performed ESI session as the ledger stores it. */
public record RecordedSession(PatientRef patient, SpinalRegion region, LocalDate dateOfService,
                              List<SessionLine> lines, Instant recordedAt) {
    public RecordedSession {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(recordedAt, "recordedAt");
        lines = List.copyOf(lines);
    }
}
