package com.epiduralestimator.application;

import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Use case: record a performed session. Idempotent per patient, region and date (one conditional write). */
public final class SessionRecorder {
    private final SessionLedger ledger;
    private final PatientKeys patientKeys;
    private final Clock clock;

    public SessionRecorder(SessionLedger ledger, PatientKeys patientKeys, Clock clock) {
        this.ledger = ledger;
        this.patientKeys = patientKeys;
        this.clock = clock;
    }

    /** The stored key of a patient (HMAC, never the id): what the audit line names. */
    public String patientKey(String tenant, String patientId) {
        return patientKeys.ref(tenant, patientId).patientKey();
    }

    public RecordOutcome record(String tenant, String patientId, LocalDate dateOfService, List<SessionLine> lines) {
        List<ProcedureCode> codes = SessionCodes.resolve(lines, true);
        SpinalRegion region = SessionCodes.oneRegion(codes);
        // Decision: a session is recorded once performed; a date in the future (in every time zone) is an error.
        if (dateOfService.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidFieldException("dateOfService", "a session is recorded once performed: the date is"
                    + " in the future");
        }
        // Whole seconds: a nanosecond recordedAt is a near-unique fingerprint to link a session to other logs.
        return ledger.record(new RecordedSession(patientKeys.ref(tenant, patientId), region, dateOfService, lines,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }
}
