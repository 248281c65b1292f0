package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * FREQ-CAP: at most 4 ESI sessions per spinal region in a rolling 12-month period (MAC ESI LCDs, e.g. L39240).
 *
 * <p>Decision – session: one patient, one region, one calendar date of service is one session, whatever the
 * codes, levels or units. Callers therefore pass session <em>dates</em> of one region; duplicates collapse.
 *
 * <p>Decision – window: for a proposed date D the prior sessions are those dated
 * {@code D − 1 year + 1 day ≤ s ≤ D − 1 day} (java.time {@code minusYears(1).plusDays(1)}, which clamps
 * 29 February to 28 February). A session already recorded on D is this session; sessions after D are ignored.
 */
public final class FrequencyPolicy {
    public static final int LIMIT = 4;

    private FrequencyPolicy() {}

    public static LocalDate windowStart(LocalDate dateOfService) {
        return dateOfService.minusYears(1).plusDays(1);
    }

    public static LocalDate windowEnd(LocalDate dateOfService) {
        return dateOfService.minusDays(1);
    }

    /**
     * @param recordedSessionDates every recorded session date of the region on or after {@code windowStart(D)}
     *                             (earlier ones cannot matter), including any after D
     */
    public static FrequencyResult evaluate(LocalDate dateOfService, Collection<LocalDate> recordedSessionDates) {
        NavigableSet<LocalDate> sessions = new TreeSet<>(recordedSessionDates);
        int prior = priorSessions(dateOfService, sessions);
        boolean eligible = prior <= LIMIT - 1;
        int remainingAfterThis = eligible ? LIMIT - (prior + 1) : 0;
        Optional<LocalDate> next = eligible ? Optional.empty() : Optional.of(nextEligibleDate(dateOfService, sessions));
        return new FrequencyResult(windowStart(dateOfService), windowEnd(dateOfService), prior, LIMIT,
                remainingAfterThis, eligible, next);
    }

    static int priorSessions(LocalDate d, NavigableSet<LocalDate> sessions) {
        return sessions.subSet(windowStart(d), true, windowEnd(d), true).size();
    }

    /**
     * The earliest E after D at which the rule passes, counting every recorded session of the region.
     * The prior count only falls when a session leaves the window, so candidates are D + 1 and the day after
     * each session's last day in a window; past the last session + 1 year the window is empty, so this ends.
     */
    static LocalDate nextEligibleDate(LocalDate d, NavigableSet<LocalDate> sessions) {
        LocalDate candidate = d.plusDays(1);
        LocalDate horizon = sessions.isEmpty() ? candidate : sessions.last().plusYears(1).plusDays(1);
        while (priorSessions(candidate, sessions) > LIMIT - 1) {
            if (candidate.isAfter(horizon)) {
                throw new IllegalStateException("no eligible date found before " + horizon);
            }
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
