package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.ERROR;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ImagingGuidance;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * IMAGING-REQUIRED: the imaging ESI codes need fluoroscopy or CT; none → error naming the no-imaging code;
 * ultrasound → error unless contrast is contraindicated; not stated → warning (the record must show it).
 */
final class ImagingRequiredRule extends Rule implements LineDenial {
    /** Its error denies the lines of the codes that need imaging, never a line beside them. */
    @Override
    public boolean denies(SessionReview s, int index) {
        Optional<ProcedureCode> c = ProcedureCatalog.find(s.claims().physician().get(index).code());
        return c.isPresent() && c.get().imagingIncluded() && c.get().approach() != Approach.CATHETER;
    }

    ImagingRequiredRule() {
        super("IMAGING-REQUIRED", COVERAGE, ERROR, LCD);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<ProcedureCode> needImaging = new ArrayList<>();
        StringJoiner joined = new StringJoiner(", ");
        for (ProcedureCode c : s.codes()) {
            if (c.imagingIncluded() && c.approach() != Approach.CATHETER) {
                needImaging.add(c);
                joined.add(c.code().value());
            }
        }
        if (needImaging.isEmpty()) {
            return List.of();
        }
        String names = joined.toString();
        ImagingGuidance guidance = s.input().imagingGuidance().orElse(null);
        if (guidance == null) {
            return List.of(finding(WARNING, names + " is covered only with fluoroscopy or CT guidance, and the"
                    + " request does not state the guidance used: the record must show it."));
        }
        if (guidance == ImagingGuidance.NONE) {
            return List.of(finding(names + " requires fluoroscopy or CT guidance. Without imaging the service is "
                    + ProcedureCatalog.withoutImagingCodeFor(needImaging.get(0).region())
                    + ", which is not a covered ESI either."));
        }
        if (guidance == ImagingGuidance.ULTRASOUND && !s.input().contrastContraindicated()) {
            return List.of(finding(names + " requires fluoroscopy or CT guidance; ultrasound is accepted only when"
                    + " contrast is contraindicated (set contrastContraindicated)."));
        }
        return List.of();
    }
}
