package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import java.util.List;

/** REGION-MISMATCH: the declared spinal level contradicts the code; the fix is the other region's code. */
final class RegionMismatchRule extends Rule implements ClaimFix {
    RegionMismatchRule() {
        super("REGION-MISMATCH", CODING, ERROR, ARTICLE);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        return s.input().declaredRegion().map(declared -> s.codes().stream()
                .filter(c -> c.region() != declared.spinalRegion())
                .map(c -> finding("Code " + c.code() + " is a " + c.region().wireName() + " code but the declared"
                        + " level is " + declared.wireName() + ": report " + c.counterpart() + " instead."))
                .toList()).orElse(List.of());
    }

    /** The declared level is taken as what was done: each code of the other region becomes its counterpart. */
    @Override
    public List<SessionLine> fix(EstimateInput input, List<SessionLine> lines) {
        return input.declaredRegion().map(declared -> lines.stream().map(line -> {
            ProcedureCode code = ProcedureCatalog.find(line.code()).orElseThrow();
            return code.region() == declared.spinalRegion() ? line
                    : new SessionLine(code.counterpart(), line.units(), line.modifiers());
        }).toList()).orElse(lines);
    }
}
