package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.PriorAuthProgram;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.SessionLine;
import java.util.List;

/**
 * PRIOR-AUTH-OPD: the prior-authorization programs of the family data that apply only in a hospital outpatient
 * department (prior-authorization.csv: CMS's OPD prior authorization of facet joint interventions, incl. RFA, since
 * 1 July 2023, a condition of payment). Judged on the facility claim's type: a hospital outpatient department's
 * session (on or off campus), never an ASC's or an office's. WISeR keeps its own rule (PRIOR-AUTH-WISER).
 */
final class PriorAuthOpdRule extends Rule {
    PriorAuthOpdRule() {
        super("PRIOR-AUTH-OPD", COVERAGE, WARNING, "CMS OPD prior authorization program (42 CFR 419.80-419.89)");
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<Finding> findings = new java.util.ArrayList<>(); // loops: every estimate runs it (docs/performance.md)
        for (PriorAuthProgram p : ProcedureCatalog.families().programs()) {
            if (p.hospitalOutpatientOnly() && applies(p, s)) {
                findings.add(finding("In a hospital outpatient department these facet joint services need prior"
                        + " authorization under " + p.label() + " (since " + p.from() + "): "
                        + (p.conditionOfPayment() ? "a condition of payment: without an affirmation the hospital's"
                        + " claim and the related physician claims are denied." : "or the claim goes to"
                        + " pre-payment review.")));
            }
        }
        return List.copyOf(findings);
    }

    private static boolean applies(PriorAuthProgram p, SessionReview s) {
        for (SessionLine line : s.claims().physician()) {
            if (p.applies(line.code(), s.input().dateOfService(), s.claims().facilityType(), s.placeState())
                    == PriorAuthProgram.Applies.YES) {
                return true;
            }
        }
        return false;
    }
}
