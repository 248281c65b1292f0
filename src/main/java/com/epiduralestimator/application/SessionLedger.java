package com.epiduralestimator.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: the ESI sessions performed, per tenant and patient (a keyed hash, never the raw id). A session is one
 * region on one date of service: at most one per patient, region and date. Sessions whose retention has ended
 * ({@link RecordedSession#expiresAt()}) are never returned, whether or not the store has deleted them yet.
 */
public interface SessionLedger {
    /**
     * Every session of one patient, both regions, active and voided, dated on or after {@code from}, in date order
     * (cervical-thoracic before lumbar-sacral on one date). One round trip: the estimate's only store request.
     */
    List<RecordedSession> sessionsFrom(PatientRef patient, LocalDate from);

    /**
     * Stores the session unless one is already stored for the same patient, region and date, atomically: of any
     * number of concurrent identical calls exactly one reports {@code created}. Returns what is stored.
     */
    RecordOutcome record(RecordedSession session);

    /** The tenant's session with this id; empty for an unknown id or another tenant's. */
    Optional<RecordedSession> find(String tenant, String sessionId);

    /**
     * Replaces the stored session by {@code updated} (same id, patient, region and date) if the stored version is
     * still {@code expectedVersion}; false, and nothing written, when another change came first.
     */
    boolean replace(RecordedSession updated, long expectedVersion);
}
