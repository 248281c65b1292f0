package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Finding;
import java.util.List;

/** REGION-MISMATCH: the declared spinal level contradicts the code; the fix is the other region's code. */
final class RegionMismatchRule extends Rule {
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
}
