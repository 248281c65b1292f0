package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.DrugLines;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * JZ-JW (medicare-rules.md section 7; Claims Processing Manual ch. 17 section 40; MLN MM13056): a separately paid
 * Part B drug from a single-dose container carries JZ (nothing discarded) or JW on a line of its own for the
 * discarded amount; CMS requires JZ since 1 July 2023 and contractors return a single-dose line with neither. Whether
 * the vial was single-dose the request does not say (a multi-dose vial needs neither), so a drug line with neither is
 * a coding warning, unless the discarded amount of the same drug is on a JW line of its own (the administered amount is
 * then billed without a modifier); JZ and JW on one line contradict each other (a coding error). Only the office's drug: in a
 * hospital or ASC the physician does not bill it.
 */
final class DrugWasteModifierRule extends Rule {
    static final String JZ = "JZ";
    static final String JW = "JW";

    DrugWasteModifierRule() {
        super("JZ-JW", CODING, WARNING, "CMS Claims Processing Manual (Pub. 100-04) ch. 17 section 40; MLN MM13056");
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<Finding> out = new ArrayList<>();
        if (s.input().setting() == Setting.FACILITY) {
            return out;
        }
        for (SessionLine line : s.beside()) {
            if (!DrugLines.isDrug(line.code())) {
                continue;
            }
            boolean jz = line.hasModifier(JZ);
            boolean jw = line.hasModifier(JW);
            if (jz && jw) {
                out.add(finding(Severity.ERROR, "Drug " + line.code() + " carries both JZ (nothing discarded) and JW"
                        + " (the discarded amount): a line is one or the other. Bill the dose given with JZ, or the"
                        + " discarded amount on a line of its own with JW."));
            } else if (!jz && !jw && !discardedOnItsOwnLine(s.beside(), line)) {
                out.add(finding("Drug " + line.code() + " has neither JZ nor JW: from a single-dose vial it needs JZ"
                        + " (nothing discarded) or, for a discarded amount, JW on a line of its own, or the"
                        + " contractor returns the claim; from a multi-dose vial neither is used."));
            }
        }
        return out;
    }

    /**
     * Two-line JW billing (Pub. 100-04 ch. 17 section 40; MLN MM13056): the amount given is billed on a line without
     * a modifier and the discarded amount of the same drug on a line of its own with JW; the first line is then
     * correctly coded.
     */
    private static boolean discardedOnItsOwnLine(List<SessionLine> lines, SessionLine given) {
        for (SessionLine other : lines) {
            if (other != given && other.code().equals(given.code()) && other.hasModifier(JW)
                    && !other.hasModifier(JZ)) {
                return true;
            }
        }
        return false;
    }
}
