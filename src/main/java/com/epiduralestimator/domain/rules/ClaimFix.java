package com.epiduralestimator.domain.rules;

import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.SessionLine;
import java.util.List;

/**
 * A coding rule that names its fix: the claim's lines once the rule's error is corrected. The payment is estimated
 * for the corrected claim (medicare-rules.md section 4: a coding error never shifts cost to the patient).
 */
interface ClaimFix {
    /** The lines with this rule's error fixed; the same lines when there is nothing to fix. */
    List<SessionLine> fix(EstimateInput input, List<SessionLine> lines);
}
