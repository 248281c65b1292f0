package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCode;
import java.util.List;

/** ADDON-WITHOUT-PRIMARY: 64480 needs 64479, 64484 needs 64483 on the same session. */
final class AddOnWithoutPrimaryRule extends Rule {
    AddOnWithoutPrimaryRule() {
        super("ADDON-WITHOUT-PRIMARY", CODING, ERROR, ARTICLE);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        return s.codes().stream().filter(ProcedureCode::addOn)
                .filter(c -> !s.codeValues().contains(c.primaryCode()))
                .map(c -> finding(c.code() + " is an add-on code: it needs " + c.primaryCode()
                        + " on the same session."))
                .toList();
    }
}
