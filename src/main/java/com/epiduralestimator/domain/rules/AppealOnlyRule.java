package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.FamilyCode;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
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
        java.util.Optional<ProcedureCode> c = ProcedureCatalog.find(line.code()); // no lambda: docs/performance.md
        return c.isPresent() && c.get().coverage() == FamilyCode.Coverage.APPEAL_ONLY;
    }

    @Override
    public boolean denies(SessionReview s, int index) {
        return appealOnly(s.claims().physician().get(index));
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        for (SessionLine l : s.claims().physician()) {
            if (appealOnly(l)) {
                codes.add(l.code().value());
            }
        }
        List<Finding> findings = new java.util.ArrayList<>();
        for (String code : codes) {
            findings.add(finding(code + " (a third level) is covered only on appeal: it is not"
                    + " reasonable and necessary as billed and not covered; the patient may be billed for it only"
                    + " with a signed ABN."));
        }
        return List.copyOf(findings);
    }
}
