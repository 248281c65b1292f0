package com.epiduralestimator.application;

import com.epiduralestimator.domain.SpinalRegion;
import java.time.LocalDate;
import java.util.List;

/**
 * Port: the ESI sessions performed, per tenant, patient (a keyed hash, never the raw id) and region.
 * A session is one region on one date of service: at most one per key and date.
 */
public interface SessionLedger {
    /** The sessions of one patient and region dated on or after {@code from}, in date order. One round trip. */
    List<RecordedSession> sessionsFrom(PatientRef patient, SpinalRegion region, LocalDate from);

    /**
     * Stores the session unless one is already stored for the same patient, region and date, atomically: of any
     * number of concurrent identical calls exactly one reports {@code created}. Returns what is stored.
     */
    RecordOutcome record(RecordedSession session);
}
