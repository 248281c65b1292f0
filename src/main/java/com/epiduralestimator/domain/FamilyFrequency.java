package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The session cap of any {@link ProcedureFamily} (medicare-rules.md sections 3 and 7), as a pure function: the
 * family's cap for the session's purpose, counted over the region's distinct session dates of that purpose.
 *
 * <ul>
 * <li>Session: one family, one region, one date of service (several codes, levels or sides, a bilateral SI
 *     injection, are one session). The caller passes the family's recorded sessions; other regions, other purposes
 *     (where the family counts them apart) and sessions after D are not counted.</li>
 * <li>Window: rolling 12 months as {@link FrequencyPolicy} (D − 1 year + 1 day ≤ s ≤ D − 1 day), or the whole
 *     history before D (SI diagnostic sessions).</li>
 * <li>Eligible iff prior sessions ≤ limit − 1; the next eligible date is the earliest E > D at which the rule
 *     passes (none for a whole-history cap).</li>
 * </ul>
 * For the ESI family it agrees with {@link FrequencyPolicy} (FamilyFrequencyTest holds them together).
 */
public final class FamilyFrequency {
    private FamilyFrequency() {}

    /**
     * @throws IllegalArgumentException when the family counts purposes apart and no purpose is given, or the region
     *                                  is not the family's
     */
    public static FamilyFrequencyResult evaluate(ProcedureFamily family, String region, Optional<Purpose> purpose,
                                                 LocalDate dateOfService, Collection<FamilySession> recorded) {
        if (!family.regions().contains(region)) {
            throw new IllegalArgumentException(region + " is not a region of the " + family.id() + " family");
        }
        SessionCap cap = family.capFor(purpose).orElseThrow(() -> new IllegalArgumentException("the "
                + family.id() + " family counts diagnostic and therapeutic sessions apart: the session's purpose"
                + " is needed"));
        NavigableSet<LocalDate> dates = new TreeSet<>();
        NavigableSet<LocalDate> withoutPurpose = new TreeSet<>();
        for (FamilySession s : recorded) {
            if (!s.region().equals(region)) {
                continue;
            }
            Optional<CapPurpose> p = CapPurpose.of(s.purpose());
            if (cap.purpose() == CapPurpose.ANY || p.isEmpty() || p.get() == cap.purpose()) {
                dates.add(s.date());
                if (cap.purpose() != CapPurpose.ANY && p.isEmpty()) {
                    withoutPurpose.add(s.date());
                }
            }
        }
        boolean rolling = cap.window() == CapWindow.ROLLING_12_MONTHS;
        LocalDate end = dateOfService.minusDays(1);
        int prior = prior(cap.window(), dateOfService, dates);
        boolean eligible = prior <= cap.limit() - 1;
        Optional<LocalDate> next = eligible || !rolling ? Optional.empty()
                : Optional.of(nextEligibleDate(cap, dateOfService, dates));
        Optional<LocalDate> start = rolling ? Optional.of(dateOfService.minusYears(1).plusDays(1)) : Optional.empty();
        int withoutPurposeCounted = start.map(s -> withoutPurpose.subSet(s, true, end, true))
                .orElse(withoutPurpose.headSet(dateOfService, false)).size();
        return new FamilyFrequencyResult(family.id(), region, cap.purpose(), cap.window(), start, end, prior,
                cap.limit(), eligible ? cap.limit() - (prior + 1) : 0, eligible, next, withoutPurposeCounted);
    }

    static int prior(CapWindow window, LocalDate d, NavigableSet<LocalDate> dates) {
        return window == CapWindow.ROLLING_12_MONTHS
                ? dates.subSet(d.minusYears(1).plusDays(1), true, d.minusDays(1), true).size()
                : dates.headSet(d, false).size();
    }

    /** As {@link FrequencyPolicy#nextEligibleDate}: the count only falls when a session leaves the window. */
    static LocalDate nextEligibleDate(SessionCap cap, LocalDate d, NavigableSet<LocalDate> dates) {
        LocalDate candidate = d.plusDays(1);
        LocalDate horizon = dates.isEmpty() ? candidate : dates.last().plusYears(1).plusDays(1);
        while (prior(cap.window(), candidate, dates) > cap.limit() - 1) {
            if (candidate.isAfter(horizon)) {
                throw new IllegalStateException("no eligible date found before " + horizon);
            }
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
