package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.SessionLine;
import java.util.List;
import java.util.Set;

/**
 * SEDATION (medicare-rules.md section 7; A58745): routine sedation for these injections is not reasonable and
 * necessary. A moderate-sedation line beside a session is a coverage warning (a denial risk: document why this
 * patient needed it, or have the patient sign an ABN); the line is priced as billed.
 */
final class SedationRule extends Rule {
    /** Moderate sedation by the proceduralist or another provider (CPT 99151–99157) and G0500. */
    static final Set<String> SEDATION = Set.of("99151", "99152", "99153", "99155", "99156", "99157", "G0500");

    SedationRule() {
        super("SEDATION", COVERAGE, WARNING, "Billing article A58745 (routine sedation not reasonable and necessary)");
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>(); // a loop: docs/performance.md
        for (SessionLine l : s.beside()) {
            if (SEDATION.contains(l.code().value())) {
                codes.add(l.code().value());
            }
        }
        List<Finding> findings = new java.util.ArrayList<>();
        for (String code : codes) {
            findings.add(finding("Sedation " + code + ": routine sedation for these injections is not"
                    + " reasonable and necessary (A58745); Medicare may deny it unless the record shows why this"
                    + " patient needed it. Consider an ABN."));
        }
        return List.copyOf(findings);
    }
}
