package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Sides;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * BILATERAL-SIDES (medicare-rules.md section 6): on the physician's claim a bilateral procedure of a
 * bilateral-indicator-1 code is one line with modifier 50 and 1 unit (Claims Processing Manual ch. 12 §40.7.B);
 * RT and LT on two lines fail the per-day MUE of 1 (MAI 2) at every contractor. A coding error; the claim is priced
 * as the one-line form ({@code ClaimCoding}), and RT and LT on one line are simply coded so.
 */
final class BilateralSidesRule extends Rule {
    BilateralSidesRule() {
        super("BILATERAL-SIDES", CODING, ERROR, "CMS Claims Processing Manual ch. 12 §40.7.B; MUE (MAI 2)");
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        Set<HcpcsCode> right = new LinkedHashSet<>();
        Set<HcpcsCode> left = new LinkedHashSet<>();
        for (SessionLine l : s.input().lines()) {
            Sides side = Sides.of(l);
            if (side == Sides.RIGHT) {
                right.add(l.code());
            } else if (side == Sides.LEFT) {
                left.add(l.code());
            }
        }
        right.retainAll(left);
        List<Finding> findings = new ArrayList<>();
        for (HcpcsCode code : right) {
            FeeRow row = s.claims().rows().get(code);
            if (row != null && row.bilateral() == 1) {
                findings.add(finding(code + " is on two lines, RT and LT: the physician's claim reports a bilateral"
                        + " procedure as one line with modifier 50 and 1 unit (two lines fail the per-day MUE of 1)."
                        + " Priced as " + code + "-50."));
            }
        }
        return findings;
    }
}
