package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import java.util.List;

/** NO-IMAGING-CODE: 62320/62322, the interlaminar codes without imaging, are not covered ESIs under the LCDs. */
final class NoImagingCodeRule extends Rule implements LineDenial {
    /** Its error denies the no-imaging interlaminar lines only. */
    @Override
    public boolean denies(SessionReview s, int index) {
        return ProcedureCatalog.find(s.claims().physician().get(index).code())
                .filter(c -> c.approach() == Approach.INTERLAMINAR && !c.imagingIncluded()).isPresent();
    }

    NoImagingCodeRule() {
        super("NO-IMAGING-CODE", COVERAGE, ERROR, LCD);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        return s.codes().stream().filter(c -> c.approach() == Approach.INTERLAMINAR && !c.imagingIncluded())
                .map(c -> finding(c.code() + " is an epidural injection without imaging guidance, which the ESI"
                        + " LCDs do not cover."))
                .toList();
    }
}
