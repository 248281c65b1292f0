package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.DIAGNOSIS;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.SupportingDiagnoses;
import java.util.List;

/** DIAGNOSIS-SUPPORT: a diagnosis from the MAC's supporting list for the region (the list is data). */
final class DiagnosisSupportRule extends Rule {
    private final SupportingDiagnoses diagnoses;

    DiagnosisSupportRule(SupportingDiagnoses diagnoses) {
        super("DIAGNOSIS-SUPPORT", DIAGNOSIS, WARNING, ARTICLE);
        this.diagnoses = diagnoses;
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        if (!s.coveredEsi()) {
            return List.of();
        }
        String region = s.region().wireName();
        if (s.input().diagnosisCodes().isEmpty()) {
            return List.of(finding("No diagnosis given: the claim needs a diagnosis that supports an ESI in the "
                    + region + " region, e.g. radiculopathy."));
        }
        if (s.input().diagnosisCodes().stream().anyMatch(code -> diagnoses.supports(s.region(), code))) {
            return List.of();
        }
        return List.of(finding("None of the diagnoses given is in the supporting list for the " + region
                + " region (radiculopathy, disc disorder with radiculopathy, spinal stenosis, post-laminectomy"
                + " syndrome, acute herpes zoster)."));
    }
}
