package com.epiduralestimator.application;

import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.Purpose;

/**
 * A performed ESI session as the ledger stores it.
 *
 * @param sessionId   opaque and random ({@link SessionIds}), never derived from the patient
 * @param voided      a voided session is kept (with its history) but never counts
 * @param history     every change, oldest first; the first is the recording
 * @param version     1 when recorded, +1 per change: corrections and voids are written on condition of the version
 *                    they read, so concurrent changes never lose one another
 * @param expiresAt   when retention ends (DynamoDB TTL); from then on the session is neither counted nor shown
 * @param purpose     diagnostic or therapeutic, as recorded (medicare-rules.md section 7: the facet and SI families
 *                    count them apart); empty when not given
 */
public record RecordedSession(String sessionId, PatientRef patient, SpinalRegion region, LocalDate dateOfService,
                              List<SessionLine> lines, Instant recordedAt, PerformedBy performedBy, boolean voided,
                              List<SessionChange> history, long version, Instant expiresAt,
                              Optional<Purpose> purpose) {
    /** A session recorded without a purpose (an ESI's, or one recorded before purposes were stored). */
    public RecordedSession(String sessionId, PatientRef patient, SpinalRegion region, LocalDate dateOfService,
                           List<SessionLine> lines, Instant recordedAt, PerformedBy performedBy, boolean voided,
                           List<SessionChange> history, long version, Instant expiresAt) {
        this(sessionId, patient, region, dateOfService, lines, recordedAt, performedBy, voided, history, version,
                expiresAt, Optional.empty());
    }

    public RecordedSession {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(performedBy, "performedBy");
        Objects.requireNonNull(expiresAt, "expiresAt");
        lines = List.copyOf(lines);
        history = List.copyOf(history);
        expiresAt = expiresAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS); // stored as epoch seconds (TTL)
    }

    /** Midnight UTC starting the day {@code years} after the date of service. */
    public static Instant expiry(LocalDate dateOfService, int years) {
        return dateOfService.plusYears(years).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The session's procedure family: its lines' (sessions count per family); ESI for a session without lines. */
    public String family() {
        return familyOf(lines);
    }

    /** The family of a session's lines: the first family line's, else {@code esi}. */
    public static String familyOf(List<SessionLine> lines) {
        for (SessionLine l : lines) { // a loop: every stored session read is asked (docs/performance.md)
            Optional<ProcedureCode> c = ProcedureCatalog.find(l.code());
            if (c.isPresent()) {
                return c.get().family();
            }
        }
        return ProcedureFamily.ESI;
    }

    public boolean active() {
        return !voided;
    }

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** This session with its lines corrected: a new version with the change appended. */
    public RecordedSession corrected(List<SessionLine> newLines, SessionChange change) {
        return new RecordedSession(sessionId, patient, region, dateOfService, newLines, recordedAt, performedBy,
                voided, append(change), version + 1, expiresAt, purpose);
    }

    /** This session voided: a new version with the change appended. */
    public RecordedSession voided(SessionChange change) {
        return new RecordedSession(sessionId, patient, region, dateOfService, lines, recordedAt, performedBy,
                true, append(change), version + 1, expiresAt, purpose);
    }

    private List<SessionChange> append(SessionChange change) {
        List<SessionChange> out = new ArrayList<>(history);
        out.add(change);
        return out;
    }
}
