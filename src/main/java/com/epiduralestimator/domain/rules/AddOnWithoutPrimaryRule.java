package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * ADDON-WITHOUT-PRIMARY: 64480 needs 64479, 64484 needs 64483 on the same session. An add-on reported alone
 * means the first level was done and reported with the wrong code: the fix reports it as its first-level code.
 */
final class AddOnWithoutPrimaryRule extends Rule implements ClaimFix {
    AddOnWithoutPrimaryRule() {
        super("ADDON-WITHOUT-PRIMARY", CODING, ERROR, ARTICLE);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        // Loops, not streams: every rule runs on every estimate (docs/performance.md).
        Set<HcpcsCode> alone = new LinkedHashSet<>();
        for (ProcedureCode c : s.codes()) {
            if (c.addOn() && !s.codeValues().contains(c.primaryCode().orElseThrow())) {
                alone.add(c.code());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (HcpcsCode code : alone) {
            HcpcsCode primary = ProcedureCatalog.find(code).orElseThrow().primaryCode().orElseThrow();
            findings.add(finding(code + " is an add-on code: it needs " + primary + " on the same session. The"
                    + " first level is reported as " + primary + " (a further level, if any, as " + code + ")."));
        }
        return findings;
    }

    /**
     * Each line of an add-on code whose first-level code is absent: its first unit becomes the first-level code
     * (the same modifiers, so RT and LT stay one bilateral level), its further units stay on the add-on code.
     */
    @Override
    public List<SessionLine> fix(EstimateInput input, List<SessionLine> lines) {
        List<HcpcsCode> present = new ArrayList<>(lines.size());
        for (SessionLine line : lines) {
            present.add(line.code());
        }
        List<SessionLine> fixed = new ArrayList<>();
        for (SessionLine line : lines) {
            ProcedureCode code = ProcedureCatalog.find(line.code()).orElseThrow();
            if (!code.addOn() || present.contains(code.primaryCode().orElseThrow())) {
                fixed.add(line);
                continue;
            }
            fixed.add(new SessionLine(code.primaryCode().orElseThrow(), 1, line.modifiers()));
            if (line.units() > 1) {
                fixed.add(line.withUnits(line.units() - 1));
            }
        }
        return fixed;
    }
}
