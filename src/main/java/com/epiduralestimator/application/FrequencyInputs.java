package com.epiduralestimator.application;

import com.epiduralestimator.domain.FrequencyPolicy;
import com.epiduralestimator.domain.PastSession;
import com.epiduralestimator.domain.PriorSession;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the cap and the checks are given for one estimate, from the patient's stored sessions (both regions, as the
 * one Query returns them) and the request's {@code otherSessions} (medicare-rules.md §3, "Sessions elsewhere count"):
 *
 * <ul>
 *   <li>{@code sessionDates}: the distinct dates of the region's <em>active</em> sessions, recorded (by this practice
 *       or another provider) or given: a voided session never counts;</li>
 *   <li>{@code priors}: those inside the window before D, with the approaches used where known;</li>
 *   <li>{@code priorSessionsElsewhere}: how many of the prior sessions were with another provider only (a date
 *       with a session of this practice is this practice's);</li>
 *   <li>{@code notCoveredPriors}: the prior sessions of the region that the ledger shows were not covered when
 *       performed: the later-recorded region of their day (FREQ-ONE-REGION); they count all the same (Decision:
 *       every performed session counts, paid or not, medicare-rules.md section 6).</li>
 * </ul>
 * The region that stays covered on D, when a session is on file for D, is {@link #regionOnFile}'s.
 */
public record FrequencyInputs(List<LocalDate> sessionDates, List<PriorSession> priors, int priorSessionsElsewhere,
                              List<LocalDate> notCoveredPriors) {
    static final String SOURCE = "LCD L39240";

    public FrequencyInputs {
        sessionDates = List.copyOf(sessionDates);
        priors = List.copyOf(priors);
        notCoveredPriors = List.copyOf(notCoveredPriors);
    }

    /**
     * FREQ-ONE-REGION across requests: the region of the active session recorded first on the date (by its
     * recordedAt), else of the first session elsewhere the request gives for it; empty when none is on file.
     * That region stays covered, even once another region is recorded the same day.
     */
    public static Optional<SpinalRegion> regionOnFile(List<RecordedSession> stored, List<OtherSession> others,
                                                      LocalDate date) {
        RecordedSession first = firstRecorded(stored).get(date);
        if (first != null) {
            return Optional.of(first.region());
        }
        for (OtherSession o : others) {
            if (o.dateOfService().equals(date)) {
                return Optional.of(o.region());
            }
        }
        return Optional.empty();
    }

    /**
     * Per date, the active session recorded first (by recordedAt; the earlier in the list on a tie): one pass, so
     * that an estimate over a long history does not scan the history once per date (it did: quadratic in the
     * sessions read, docs/performance.md "How each cost grows"). Loops, not streams, on the cold path.
     */
    private static Map<LocalDate, RecordedSession> firstRecorded(List<RecordedSession> stored) {
        Map<LocalDate, RecordedSession> first = new HashMap<>();
        for (RecordedSession s : stored) {
            if (s.active()) {
                RecordedSession earlier = first.get(s.dateOfService());
                if (earlier == null || s.recordedAt().isBefore(earlier.recordedAt())) {
                    first.put(s.dateOfService(), s);
                }
            }
        }
        return first;
    }

    /**
     * The patient's active sessions of every family before the date of service, as read (the one Query) and as the
     * request gives them (otherSessions: another provider's): what the rules across families read (an RFA's global
     * period, the blocks before a first RFA).
     */
    public static List<PastSession> history(List<RecordedSession> read, List<OtherSession> others,
                                            LocalDate dateOfService) {
        List<PastSession> out = new ArrayList<>();
        for (RecordedSession s : read) {
            if (s.active() && s.dateOfService().isBefore(dateOfService)) {
                out.add(new PastSession(s.dateOfService(), s.family(), s.region(), s.purpose(),
                        s.performedBy() == PerformedBy.THIS_PRACTICE));
            }
        }
        for (OtherSession o : others) {
            if (o.dateOfService().isBefore(dateOfService)) {
                out.add(new PastSession(o.dateOfService(), o.family(), o.region(), o.purpose(), false));
            }
        }
        return List.copyOf(out); // in the ledger's order: the rules that read it need none (no lambda on the cold path)
    }

    public static FrequencyInputs of(List<RecordedSession> stored, List<OtherSession> others, SpinalRegion region,
                                     LocalDate dateOfService) {
        LocalDate windowStart = FrequencyPolicy.windowStart(dateOfService);
        LocalDate windowEnd = FrequencyPolicy.windowEnd(dateOfService);
        TreeSet<LocalDate> dates = new TreeSet<>();
        TreeSet<LocalDate> thisPractice = new TreeSet<>();
        Map<LocalDate, List<SessionLine>> linesByDate = new TreeMap<>();
        for (RecordedSession s : stored) {
            if (!s.active() || s.region() != region) {
                continue;
            }
            dates.add(s.dateOfService());
            if (s.performedBy() == PerformedBy.THIS_PRACTICE) {
                thisPractice.add(s.dateOfService());
            }
            List<SessionLine> lines = linesByDate.get(s.dateOfService());
            if (lines == null) {
                lines = new ArrayList<>();
                linesByDate.put(s.dateOfService(), lines);
            }
            lines.addAll(s.lines());
        }
        for (OtherSession o : others) {
            if (o.region() != region) {
                continue;
            }
            dates.add(o.dateOfService());
            if (!linesByDate.containsKey(o.dateOfService())) {
                linesByDate.put(o.dateOfService(), new ArrayList<>());
            }
        }
        List<PriorSession> priors = new ArrayList<>();
        List<LocalDate> notCovered = new ArrayList<>();
        int elsewhere = 0;
        Map<LocalDate, RecordedSession> firstRecorded = firstRecorded(stored);
        for (LocalDate d : dates.subSet(windowStart, true, windowEnd, true)) {
            priors.add(new PriorSession(d, SessionCodes.approaches(linesByDate.get(d))));
            elsewhere += thisPractice.contains(d) ? 0 : 1;
            RecordedSession first = firstRecorded.get(d);
            if (thisPractice.contains(d) && first != null && first.region() != region) {
                notCovered.add(d);
            }
        }
        return new FrequencyInputs(List.copyOf(dates), priors, elsewhere, notCovered);
    }
}
