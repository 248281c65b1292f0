package com.epiduralestimator.application;

import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.Purpose;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.UnsupportedRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Use cases of the session history: record (idempotent per patient, region and date: one conditional write),
 * search, correct and void. Every change appends to the session's history and is written on condition of the
 * version it read ({@link ConcurrentChange}), so concurrent changes of one session are applied one after another,
 * none lost.
 */
public final class SessionRecorder {
    private static final LocalDate EARLIEST = LocalDate.of(1966, 1, 1);
    /**
     * Corrections one session may take: its history stays far below DynamoDB's 400 KB item limit (an entry is
     * under 200 bytes: a time, a user of at most 256 characters, a category). A void is always accepted.
     */
    static final int MAX_CORRECTIONS = 100;

    private final SessionLedger ledger;
    private final PatientKeys patientKeys;
    private final Clock clock;
    private final int retentionYears;

    /** @param retentionYears how long a session is kept and counted after its date of service (configured) */
    public SessionRecorder(SessionLedger ledger, PatientKeys patientKeys, Clock clock, int retentionYears) {
        if (retentionYears < 1) {
            throw new IllegalArgumentException("the session retention must be at least one year");
        }
        this.ledger = ledger;
        this.patientKeys = patientKeys;
        this.clock = clock;
        this.retentionYears = retentionYears;
    }

    /** The stored key of a patient (HMAC, never the id): what the audit line names. */
    public String patientKey(String tenant, String patientId) {
        return patientKeys.ref(tenant, patientId).patientKey();
    }

    /** Every key a search of this id reads (HMACs, the canonical one first): the audit line names them all. */
    public List<String> patientKeysRead(String tenant, String patientId) {
        return patientKeys.refs(tenant, patientId).stream().map(PatientRef::patientKey).toList();
    }

    /**
     * Records a performed session. The same lines again: the stored session, not created (200). Different lines
     * for a date already on file: {@link SessionConflictException} (409). A voided session on that date is
     * recorded again (active, with the new lines, its history kept).
     */
    public RecordOutcome record(String tenant, String patientId, LocalDate dateOfService, List<SessionLine> lines,
                                PerformedBy performedBy, String actor) {
        return record(tenant, patientId, dateOfService, lines, performedBy, Optional.empty(), actor);
    }

    /** {@code purpose}: stored; required where the session's family counts them apart (422 PURPOSE-REQUIRED). */
    public RecordOutcome record(String tenant, String patientId, LocalDate dateOfService, List<SessionLine> lines,
                                PerformedBy performedBy, Optional<Purpose> purpose, String actor) {
        SpinalRegion region = regionOf(lines);
        FamilyCap.of(SessionCodes.resolve(lines, true), purpose);
        // Decision: a session is recorded once performed; a date in the future (in every time zone) is an error.
        if (dateOfService.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidFieldException("dateOfService", "a session is recorded once performed: the date is"
                    + " in the future");
        }
        Instant now = now();
        Instant expiresAt = RecordedSession.expiry(dateOfService, retentionYears);
        if (!expiresAt.isAfter(now)) {
            throw new UnsupportedRequestException("RETENTION", "dateOfService", "The date of service is more than "
                    + retentionYears + " years ago: past the retention period, such a session is neither kept nor"
                    + " counted.");
        }
        SessionChange recorded = new SessionChange(now, actor, SessionChange.Action.RECORDED, Optional.empty());
        return store(new RecordedSession(SessionIds.random(), patientKeys.ref(tenant, patientId), region,
                dateOfService, lines, now, performedBy, false, List.of(recorded), 1, expiresAt, purpose));
    }

    /**
     * Stores a new session (its one history entry is its recording): created; or the stored one when it has the
     * same lines; or a 409 when it has others; or, over a voided one, that session active again with these lines.
     */
    private RecordOutcome store(RecordedSession session) {
        SessionChange recorded = session.history().get(0);
        return ConcurrentChange.retry("record session", () -> {
            RecordOutcome outcome = ledger.record(session);
            RecordedSession stored = outcome.stored();
            if (outcome.created() || stored.active() && SessionCodes.sameLines(stored.lines(), session.lines())) {
                return Optional.of(outcome);
            }
            if (stored.active()) {
                throw new SessionConflictException("A session with different lines is already recorded for this"
                        + " patient, region and date: correct it (PUT /v1/sessions/{sessionId}) instead.", stored);
            }
            RecordedSession again = new RecordedSession(stored.sessionId(), stored.patient(), session.region(),
                    session.dateOfService(), session.lines(), session.recordedAt(), session.performedBy(), false,
                    append(stored.history(), recorded), stored.version() + 1, session.expiresAt(), session.purpose());
            return ledger.replace(again, stored.version()) ? Optional.of(new RecordOutcome(again, true))
                    : Optional.empty();
        });
    }

    /**
     * The patient's sessions, both regions, in date order, within {@code from}–{@code to} (each optional), voided
     * ones only when asked. Reads every key the id may be stored under ({@link PatientKeys#refs}).
     */
    public List<RecordedSession> search(String tenant, String patientId, Optional<LocalDate> from,
                                        Optional<LocalDate> to, boolean includeVoided) {
        return search(tenant, patientId, from, to, includeVoided, Deadline.none());
    }

    /** {@link #search}, stopping between two reads once {@code deadline} has passed (a 503, nothing changed). */
    public List<RecordedSession> search(String tenant, String patientId, Optional<LocalDate> from,
                                        Optional<LocalDate> to, boolean includeVoided, Deadline deadline) {
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        return PatientHistory.read(ledger, patientKeys, tenant, patientId, from.orElse(EARLIEST), deadline).stream()
                .filter(s -> to.isEmpty() || !s.dateOfService().isAfter(to.get()))
                .filter(s -> includeVoided || s.active())
                .toList();
    }

    /** Every stored session of the patient from {@code from}, over all the keys the id may be stored under. */
    List<RecordedSession> history(String tenant, String patientId, LocalDate from) {
        return PatientHistory.read(ledger, patientKeys, tenant, patientId, from, Deadline.none());
    }

    /**
     * Corrects the lines of an active session; the same lines again change nothing. Lines of the other region make
     * it a session of that region (the region is part of what a session is, so it moves): the session of the new
     * region is recorded (a new id; a 409 if that date and region already hold other lines, and nothing changes),
     * then this one is voided, each naming the other in its history. Returned: the session as it now stands.
     */
    public RecordedSession correct(String tenant, String sessionId, List<SessionLine> lines, ChangeReason reason,
                                   String actor) {
        return correct(tenant, sessionId, lines, reason, actor, Deadline.none());
    }

    /**
     * {@link #correct}; a move to the other region stops between its two writes once {@code deadline} has passed
     * (a 503: the same correction sent again finds the new session recorded and finishes the move).
     */
    public RecordedSession correct(String tenant, String sessionId, List<SessionLine> lines, ChangeReason reason,
                                   String actor, Deadline deadline) {
        SpinalRegion region = regionOf(lines);
        return ConcurrentChange.retry("correct session", () -> {
            RecordedSession stored = find(tenant, sessionId);
            if (!stored.active()) {
                throw new SessionConflictException("The session is voided: a voided session cannot be corrected.",
                        stored);
            }
            if (region != stored.region()) {
                return Optional.of(move(stored, lines, region, reason, actor, deadline));
            }
            if (SessionCodes.sameLines(stored.lines(), lines)) {
                return Optional.of(stored);
            }
            if (stored.history().stream().filter(c -> c.action() == SessionChange.Action.CORRECTED).count()
                    >= MAX_CORRECTIONS) {
                throw new UnsupportedRequestException("CORRECTION-LIMIT", "lines", "This session has been corrected "
                        + MAX_CORRECTIONS + " times, the most one session keeps: void it and record the session anew.");
            }
            RecordedSession updated = stored.corrected(lines, change(actor, SessionChange.Action.CORRECTED, reason));
            return ledger.replace(updated, stored.version()) ? Optional.of(updated) : Optional.empty();
        });
    }

    /**
     * A correction to the other region: two writes, each conditional, no transaction. The new region's session is
     * written first, so that a crash between the two leaves the old one counted too (an over-count the practice
     * sees in search and can void), never a session that counts nowhere.
     */
    private RecordedSession move(RecordedSession from, List<SessionLine> lines, SpinalRegion region,
                                 ChangeReason reason, String actor, Deadline deadline) {
        Instant now = now();
        RecordedSession target = new RecordedSession(SessionIds.random(), from.patient(), region,
                from.dateOfService(), lines, now, from.performedBy(), false, List.of(new SessionChange(now, actor,
                        SessionChange.Action.RECORDED, Optional.of(reason), Optional.of(from.sessionId()))), 1,
                from.expiresAt(), from.purpose());
        RecordedSession moved = store(target).stored();
        deadline.check("the session moved from was voided: it is recorded in the new region and still counts in"
                + " the old one; send the same correction again to finish");
        SessionChange voiding = new SessionChange(now(), actor, SessionChange.Action.VOIDED, Optional.of(reason),
                Optional.of(moved.sessionId()));
        return ConcurrentChange.retry("correct session", () -> {
            RecordedSession current = find(from.patient().tenant(), from.sessionId());
            return !current.active() || ledger.replace(current.voided(voiding), current.version())
                    ? Optional.of(moved) : Optional.empty();
        });
    }

    /** Voids an active session: it stops counting at once. Voiding a voided session is a 409. */
    public RecordedSession voidSession(String tenant, String sessionId, ChangeReason reason, String actor) {
        return ConcurrentChange.retry("void session", () -> {
            RecordedSession stored = find(tenant, sessionId);
            if (!stored.active()) {
                throw new SessionConflictException("The session is already voided.", stored);
            }
            RecordedSession updated = stored.voided(change(actor, SessionChange.Action.VOIDED, reason));
            return ledger.replace(updated, stored.version()) ? Optional.of(updated) : Optional.empty();
        });
    }

    private RecordedSession find(String tenant, String sessionId) {
        if (!SessionIds.wellFormed(sessionId)) {
            throw new SessionNotFoundException();
        }
        return ledger.find(tenant, sessionId)
                .filter(s -> !s.expiredAt(clock.instant()))
                .orElseThrow(SessionNotFoundException::new);
    }

    private SessionChange change(String actor, SessionChange.Action action, ChangeReason reason) {
        return new SessionChange(now(), actor, action, Optional.of(reason));
    }

    /** Whole seconds: a nanosecond time is a near-unique fingerprint to link a session to other logs. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static SpinalRegion regionOf(List<SessionLine> lines) {
        List<ProcedureCode> codes = SessionCodes.resolve(lines, true);
        return SessionCodes.oneRegion(codes);
    }

    private static List<SessionChange> append(List<SessionChange> history, SessionChange change) {
        List<SessionChange> out = new ArrayList<>(history);
        out.add(change);
        return out;
    }

}
