package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.DOCUMENTATION;
import static com.epiduralestimator.domain.Severity.INFO;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.PriorSession;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * REPEAT-RESPONSE: a repeat needs at least 50% sustained improvement for at least 3 months; the exception is a
 * retry at least 14 days after a failed first injection, with a different approach (an info finding).
 */
final class RepeatResponseRule extends Rule {
    /** Decision: "≥ 3 months" of relief is read as at least 13 weeks (91 days covers any three calendar months). */
    static final int SUSTAINED_RELIEF_WEEKS = 13;
    static final BigDecimal SUSTAINED_RELIEF_PERCENT = new BigDecimal("50");
    static final int RETRY_AFTER_FAILED_FIRST_DAYS = 14;

    RepeatResponseRule() {
        super("REPEAT-RESPONSE", DOCUMENTATION, WARNING, LCD);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        if (!s.coveredEsi() || s.priors().isEmpty()) {
            return List.of();
        }
        Optional<BigDecimal> relief = s.input().documentation().priorReliefPercent();
        Optional<Integer> weeks = s.input().documentation().priorReliefWeeks();
        boolean sustained = relief.isPresent() && relief.get().compareTo(SUSTAINED_RELIEF_PERCENT) >= 0
                && weeks.isPresent() && weeks.get() >= SUSTAINED_RELIEF_WEEKS;
        if (sustained) {
            return List.of();
        }
        if (isRetryAfterFailedFirst(s, relief)) {
            return List.of(finding(INFO, "A retry at least " + RETRY_AFTER_FAILED_FIRST_DAYS + " days after a"
                    + " failed first injection, with a different approach, does not need the 50% response."));
        }
        return List.of(finding("A repeat injection needs at least 50% sustained improvement for at least 3 months ("
                + SUSTAINED_RELIEF_WEEKS + " weeks) after the previous one, on the same scale; the request states "
                + (relief.isPresent() ? relief.get().stripTrailingZeros().toPlainString() + "% relief" : "no relief")
                + (weeks.isPresent() ? " for " + weeks.get() + " weeks" : "") + "."));
    }

    private static boolean isRetryAfterFailedFirst(SessionReview s, Optional<BigDecimal> relief) {
        if (s.priors().size() != 1 || relief.isEmpty() || relief.get().compareTo(SUSTAINED_RELIEF_PERCENT) >= 0) {
            return false;
        }
        PriorSession first = s.priors().get(0);
        long days = ChronoUnit.DAYS.between(first.date(), s.input().dateOfService());
        Set<Approach> now = s.approaches();
        if (days < RETRY_AFTER_FAILED_FIRST_DAYS || first.approaches().isEmpty()) {
            return false;
        }
        for (Approach a : now) {
            if (first.approaches().contains(a)) {
                return false;
            }
        }
        return true;
    }
}
