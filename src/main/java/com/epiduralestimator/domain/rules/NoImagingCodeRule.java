package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** NO-IMAGING-CODE: 62320/62322, the interlaminar codes without imaging, are not covered ESIs under the LCDs. */
final class NoImagingCodeRule extends Rule implements LineDenial {
    /** Its error denies the no-imaging interlaminar lines only. */
    @Override
    public boolean denies(SessionReview s, int index) {
        Optional<ProcedureCode> c = ProcedureCatalog.find(s.claims().physician().get(index).code());
        return c.isPresent() && c.get().approach() == Approach.INTERLAMINAR && !c.get().imagingIncluded();
    }

    NoImagingCodeRule() {
        super("NO-IMAGING-CODE", COVERAGE, ERROR, LCD);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<Finding> findings = new ArrayList<>();
        for (ProcedureCode c : s.codes()) {
            if (c.approach() == Approach.INTERLAMINAR && !c.imagingIncluded()) {
                findings.add(finding(c.code() + " is an epidural injection without imaging guidance, which the ESI"
                        + " LCDs do not cover."));
            }
        }
        return findings;
    }
}
