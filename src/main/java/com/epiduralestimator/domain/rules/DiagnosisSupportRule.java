package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.FindingKind.DIAGNOSIS;
import static com.epiduralestimator.domain.Severity.ERROR;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.NotCoveredBilling;
import com.epiduralestimator.domain.SupportingDiagnoses;
import java.util.List;

/**
 * DIAGNOSIS-SUPPORT (medicare-rules.md sections 4 and 6): a diagnosis from the MAC's supporting list for the region
 * (the list is data: exact codes and subtrees). Axial pain alone (M54.5x, M54.2, M54.6 with no supporting code) is
 * a listed non-covered use that contractors deny by an automated diagnosis edit: a coverage error (ABN). Acute
 * postoperative pain (G89.12, G89.18): the articles' diagnosis restrictions do not apply, so no finding (the cap
 * still does).
 */
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
        List<String> codes = s.input().diagnosisCodes();
        if (codes.isEmpty()) {
            return List.of(finding("No diagnosis given: the claim needs a diagnosis that supports an ESI in the "
                    + region + " region, e.g. radiculopathy."));
        }
        List<String> axial = new java.util.ArrayList<>(); // loops: every estimate runs it (docs/performance.md)
        for (String code : codes) {
            if (diagnoses.exempt(s.region(), code) || diagnoses.supports(s.region(), code)) {
                return List.of();
            }
            if (diagnoses.axial(s.region(), code)) {
                axial.add(code);
            }
        }
        if (!axial.isEmpty()) {
            return List.of(Finding.of(id(), ERROR, COVERAGE, "Axial pain alone (" + String.join(", ", axial)
                    + ") is a listed non-covered use of an ESI: contractors deny it by an automated diagnosis edit."
                    + " Medicare would not pay; the patient may be billed " + (NotCoveredBilling.of(s.input())
                    == NotCoveredBilling.ABN ? "only after signing an ABN" : NotCoveredBilling.of(s.input())
                    .condition()) + ", unless a"
                    + " supporting diagnosis (e.g. radiculopathy) is documented and reported.", source()));
        }
        return List.of(finding("None of the diagnoses given is in the supporting list for the " + region
                + " region (radiculopathy, disc disorder with radiculopathy, spondylosis with radiculopathy, spinal"
                + " stenosis, post-laminectomy syndrome, herpes zoster with nerve involvement)."));
    }
}
