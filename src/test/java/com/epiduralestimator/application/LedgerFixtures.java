package com.epiduralestimator.application;

import com.epiduralestimator.SessionSettings;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Sessions and ledger reads the port contracts and adapter tests share. Not part of the port: the application
 * records through {@link SessionRecorder} and reads every session of a patient ({@link PatientHistory}).
 */
public final class LedgerFixtures {
    private LedgerFixtures() {}

    /** A new active session of this practice, recorded at {@code recordedAt} by {@code local}, default retention. */
    public static RecordedSession recorded(PatientRef patient, SpinalRegion region, LocalDate dateOfService,
                                           List<SessionLine> lines, Instant recordedAt) {
        return new RecordedSession(SessionIds.random(), patient, region, dateOfService, lines, recordedAt,
                PerformedBy.THIS_PRACTICE, false, List.of(new SessionChange(recordedAt, "local",
                        SessionChange.Action.RECORDED, Optional.empty())), 1,
                RecordedSession.expiry(dateOfService, SessionSettings.DEFAULT_RETENTION_YEARS));
    }

    /** The active sessions of one region from {@code from}, in date order: what the cap counts. */
    public static List<RecordedSession> activeSessions(SessionLedger ledger, PatientRef patient, SpinalRegion region,
                                                       LocalDate from) {
        return ledger.sessionsFrom(patient, from).stream()
                .filter(s -> s.region() == region && s.active())
                .toList();
    }
}
