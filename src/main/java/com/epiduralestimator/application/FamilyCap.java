package com.epiduralestimator.application;

import com.epiduralestimator.domain.CapWindow;
import com.epiduralestimator.domain.FamilyFrequency;
import com.epiduralestimator.domain.FamilyFrequencyResult;
import com.epiduralestimator.domain.FamilySession;
import com.epiduralestimator.domain.FrequencyPolicy;
import com.epiduralestimator.domain.FrequencyResult;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.domain.Purpose;
import com.epiduralestimator.domain.SessionCap;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.UnsupportedRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The session family of an estimate and its cap (medicare-rules.md section 7): sessions count per family, per
 * region, per patient; a family that counts diagnostic and therapeutic sessions apart needs the session's
 * {@code purpose} (422 PURPOSE-REQUIRED without it). The ESI family keeps {@link FrequencyPolicy}'s verdict over
 * {@link FrequencyInputs} (its figures do not move); every other family is judged by {@link FamilyFrequency} on the
 * family's recorded sessions, with their purposes.
 */
final class FamilyCap {
    static final String RFA = "facet-rfa";
    /** Where the history of a whole-history cap is read from: every session still kept. */
    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private FamilyCap() {}

    /** The one family of the estimate's family lines (422 FAMILIES when they span two: estimate each apart). */
    static ProcedureFamily of(List<ProcedureCode> billed, Optional<Purpose> purpose) {
        List<String> ids = new ArrayList<>(); // loops, not streams: every estimate's path (docs/performance.md)
        for (ProcedureCode code : billed) {
            if (!ids.contains(code.family())) {
                ids.add(code.family());
            }
        }
        if (ids.size() > 1) {
            throw new UnsupportedRequestException("FAMILIES", "lines", "One procedure family per estimate: these"
                    + " lines are of the " + String.join(" and ", ids) + " families, each counted toward its own"
                    + " cap; estimate each family separately.");
        }
        ProcedureFamily family = ProcedureCatalog.families().family(ids.get(0)).orElseThrow();
        if (family.countsPurposesApart() && purpose.isEmpty()) {
            throw new UnsupportedRequestException("PURPOSE-REQUIRED", "purpose", "The " + family.label()
                    + " family counts diagnostic and therapeutic sessions apart (medicare-rules.md section 7): give"
                    + " purpose (diagnostic or therapeutic).");
        }
        return family;
    }

    /** The first date the estimate reads the history from: the rolling window's start, or the whole history. */
    static LocalDate readFrom(ProcedureFamily family, Optional<Purpose> purpose, LocalDate dateOfService) {
        // An RFA reads every session still kept (the same one Query, from earlier): whether the region had an RFA
        // before (RFA-REPEAT) or its diagnostic blocks (RFA-DIAGNOSTIC-BLOCKS) is not a 12-month question.
        Optional<SessionCap> cap = family.capFor(purpose);
        boolean whole = family.id().equals(RFA) || cap.isPresent() && cap.get().window() == CapWindow.WHOLE_HISTORY;
        return whole ? BEGINNING : FrequencyPolicy.windowStart(dateOfService);
    }

    /** The stored sessions of the family (sessions count per family: an ESI never toward a facet cap). */
    static List<RecordedSession> ofFamily(List<RecordedSession> stored, ProcedureFamily family) {
        List<RecordedSession> of = new ArrayList<>();
        for (RecordedSession s : stored) {
            if (s.family().equals(family.id())) {
                of.add(s);
            }
        }
        return List.copyOf(of);
    }

    /** The request's sessions elsewhere of the family (sessions count per family). */
    static List<OtherSession> othersOfFamily(List<OtherSession> others, ProcedureFamily family) {
        List<OtherSession> out = new ArrayList<>(others.size());
        for (OtherSession o : others) {
            if (o.family().equals(family.id())) {
                out.add(o);
            }
        }
        return out.size() == others.size() ? others : List.copyOf(out);
    }

    /**
     * The cap's verdict: the ESI family's as before; another family's from its data, over its recorded sessions and
     * its sessions elsewhere ({@code others}, the family's).
     */
    static FrequencyResult evaluate(ProcedureFamily family, SpinalRegion region, Optional<Purpose> purpose,
                                    LocalDate dateOfService, List<RecordedSession> familySessions,
                                    List<OtherSession> others, FrequencyInputs esiHistory) {
        if (family.id().equals(ProcedureFamily.ESI)) {
            return FrequencyPolicy.evaluate(dateOfService, esiHistory.sessionDates());
        }
        List<FamilySession> sessions = new ArrayList<>();
        for (RecordedSession s : familySessions) {
            if (s.active()) {
                sessions.add(new FamilySession(s.dateOfService(), s.region().wireName(), s.purpose()));
            }
        }
        for (OtherSession o : others) {
            sessions.add(new FamilySession(o.dateOfService(), o.region().wireName(), o.purpose()));
        }
        FamilyFrequencyResult r = FamilyFrequency.evaluate(family, region.wireName(), purpose, dateOfService,
                sessions);
        LocalDate start = r.windowStart().orElseGet(() -> sessions.stream()
                .filter(s -> s.region().equals(region.wireName())).map(FamilySession::date)
                .filter(d -> d.isBefore(dateOfService)).min(LocalDate::compareTo).orElse(dateOfService));
        return new FrequencyResult(start, r.windowEnd(), r.priorSessions(), r.limit(), r.remainingAfterThis(),
                r.eligible(), r.nextEligibleDate(), family.id(),
                family.countsPurposesApart() ? Optional.of(r.purpose()) : Optional.empty(), r.window());
    }

    /** Whether a line of the claim counts toward the family's cap in the session's region. */
    static boolean counts(List<SessionLine> physician, SpinalRegion region) {
        for (SessionLine line : physician) {
            Optional<ProcedureCode> c = ProcedureCatalog.find(line.code());
            if (c.isPresent() && c.get().countsTowardCap() && c.get().region() == region) {
                return true;
            }
        }
        return false;
    }
}
