package com.epiduralestimator.domain.rules;

import com.epiduralestimator.domain.PastSession;
import com.epiduralestimator.domain.SessionLine;
import java.time.LocalDate;
import java.util.List;

/**
 * A coding rule whose fix depends on the patient's history (an RFA's global period on a later day): the claim's lines
 * once the rule's error is corrected, given the sessions on file before the date of service. Applied after the
 * {@link ClaimFix} rules ({@link CoverageChecks#corrected(com.epiduralestimator.domain.EstimateInput, List)}).
 */
interface HistoryFix {
    /** The lines with this rule's error fixed; the same lines when there is nothing to fix. */
    List<SessionLine> fix(LocalDate dateOfService, List<PastSession> history, List<SessionLine> lines);
}
