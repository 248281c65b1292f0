package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.DOCUMENTATION;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.Finding;
import java.util.ArrayList;
import java.util.List;

/** DOCUMENTATION: baseline score, procedure report with imaging, at least 2 saved views, relief afterwards. */
final class DocumentationRule extends Rule {
    static final int MIN_IMAGE_VIEWS = 2;

    DocumentationRule() {
        super("DOCUMENTATION", DOCUMENTATION, WARNING, LCD);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        if (!s.coveredEsi()) {
            return List.of();
        }
        Documentation doc = s.input().documentation();
        List<String> missing = new ArrayList<>();
        if (doc.baselinePainScore().isEmpty()) {
            missing.add("a baseline pain/function score");
        }
        if (!doc.procedureReportWithImaging().orElse(false)) {
            missing.add("a procedure report with the imaging guidance and needle placement");
        }
        if (doc.imageViewsSaved().isEmpty() || doc.imageViewsSaved().get() < MIN_IMAGE_VIEWS) {
            missing.add("saved images (at least " + MIN_IMAGE_VIEWS + " views) of final needle position and"
                    + " contrast flow");
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(finding("The record should hold " + String.join("; ", missing)
                + ", and the post-procedure relief percentage afterwards."));
    }
}
