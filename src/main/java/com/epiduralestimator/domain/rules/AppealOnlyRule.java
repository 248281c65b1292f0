package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.FamilyCode;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.SessionLine;
import java.util.List;

/**
 * APPEAL-ONLY: a code its family's data marks covered only on appeal (codes.csv; 64492 and 64495, the third facet
 * level: "only allowed on appeals basis", L38803 Noridian JF Q&amp;A) is not reasonable and necessary as billed: that
 * line alone is not covered (the patient may be billed for it only with a signed ABN); the session's other lines are
 * priced as usual.
 */
final class AppealOnlyRule extends Rule implements LineDenial {
    AppealOnlyRule() {
        super("APPEAL-ONLY", COVERAGE, ERROR, "L38803 (Noridian JF Q&A: 64492 and 64495 only on appeal)");
    }

    private static boolean appealOnly(SessionLine line) {
        return ProcedureCatalog.find(line.code()).filter(c -> c.coverage() == FamilyCode.Coverage.APPEAL_ONLY)
                .isPresent();
    }

    @Override
    public boolean denies(SessionReview s, int index) {
        return appealOnly(s.claims().physician().get(index));
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        return s.claims().physician().stream().filter(AppealOnlyRule::appealOnly).map(l -> l.code().value())
                .distinct().map(code -> finding(code + " (a third level) is covered only on appeal: it is not"
                        + " reasonable and necessary as billed and not covered; the patient may be billed for it only"
                        + " with a signed ABN."))
                .toList();
    }
}
