package com.epiduralestimator.application;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FindingKind;
import com.epiduralestimator.domain.FrequencyPolicy;
import com.epiduralestimator.domain.PriorSession;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Severity;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.LocalDate;
import java.util.ArrayList;
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
 *   <li>{@code otherRegionSameDay}: FREQ-ONE-REGION across requests, an error of kind coverage: an active session of
 *       the other region on D, recorded or given.</li>
 * </ul>
 */
public record FrequencyInputs(List<LocalDate> sessionDates, List<PriorSession> priors, int priorSessionsElsewhere,
                              Optional<Finding> otherRegionSameDay) {
    static final String SOURCE = "LCD L39240";

    public FrequencyInputs {
        sessionDates = List.copyOf(sessionDates);
        priors = List.copyOf(priors);
    }

    public static FrequencyInputs of(List<RecordedSession> stored, List<OtherSession> others, SpinalRegion region,
                                     LocalDate dateOfService) {
        LocalDate windowStart = FrequencyPolicy.windowStart(dateOfService);
        LocalDate windowEnd = FrequencyPolicy.windowEnd(dateOfService);
        TreeSet<LocalDate> dates = new TreeSet<>();
        TreeSet<LocalDate> thisPractice = new TreeSet<>();
        Map<LocalDate, List<SessionLine>> linesByDate = new TreeMap<>();
        boolean otherRegionOnD = false;
        for (RecordedSession s : stored) {
            if (!s.active()) {
                continue;
            }
            if (s.region() != region) {
                otherRegionOnD |= s.dateOfService().equals(dateOfService);
                continue;
            }
            dates.add(s.dateOfService());
            if (s.performedBy() == PerformedBy.THIS_PRACTICE) {
                thisPractice.add(s.dateOfService());
            }
            linesByDate.computeIfAbsent(s.dateOfService(), d -> new ArrayList<>()).addAll(s.lines());
        }
        for (OtherSession o : others) {
            if (o.region() != region) {
                otherRegionOnD |= o.dateOfService().equals(dateOfService);
                continue;
            }
            dates.add(o.dateOfService());
            linesByDate.computeIfAbsent(o.dateOfService(), d -> new ArrayList<>());
        }
        List<PriorSession> priors = new ArrayList<>();
        int elsewhere = 0;
        for (LocalDate d : dates.subSet(windowStart, true, windowEnd, true)) {
            priors.add(new PriorSession(d, SessionCodes.approaches(linesByDate.get(d))));
            elsewhere += thisPractice.contains(d) ? 0 : 1;
        }
        // Its kind is named here, the one place the finding is made: coverage (medicare-rules.md §4).
        Optional<Finding> oneRegion = otherRegionOnD ? Optional.of(Finding.of("FREQ-ONE-REGION", Severity.ERROR,
                FindingKind.COVERAGE, "A session of the other spinal region is already on file for " + dateOfService
                        + ": one region per session (per day); a second region on the same date is not covered.",
                SOURCE))
                : Optional.empty();
        return new FrequencyInputs(List.copyOf(dates), priors, elsewhere, oneRegion);
    }
}
