package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.domain.SessionLine;
import java.util.ArrayList;
import java.util.List;

/**
 * KX-DIAGNOSTIC: the modifiers a family's data requires for the session's purpose (modifiers.csv: KX on a diagnostic
 * facet joint injection or medial branch block, L38803; KX on a diagnostic SI joint injection, A59243). A line
 * without them is a coding error; the estimate is for the claim once fixed (the modifier changes no price). The ESI
 * family's KX keeps its own rule (KX-DSNRB: only its transforaminal lines), so this one judges the other families.
 */
final class RequiredModifierRule extends Rule implements ClaimFix {
    RequiredModifierRule() {
        super("KX-DIAGNOSTIC", CODING, ERROR, "L38803 (facet), A59243 (sacroiliac)");
    }

    /** The modifiers the line's family requires for the stated purpose; none for ESI lines and other codes. */
    static List<String> required(EstimateInput input, SessionLine line) {
        // Loops and ifs, not lambdas or streams: every estimate runs the rules (docs/performance.md).
        java.util.Optional<ProcedureFamily> f = ProcedureCatalog.familyOf(line.code());
        return f.isPresent() && !f.get().id().equals(ProcedureFamily.ESI) ? f.get().requiredModifiers(input.purpose())
                : List.of();
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<Finding> out = new ArrayList<>();
        for (SessionReview.Line l : s.lines()) {
            for (String modifier : required(s.input(), l.line())) {
                if (!l.hasModifier(modifier)) {
                    String family = ProcedureCatalog.familyOf(l.line().code()).map(ProcedureFamily::label)
                            .orElse("");
                    out.add(finding("A " + s.input().purpose().map(p -> p.wireName()).orElse("") + " "
                            + family.toLowerCase(java.util.Locale.ROOT) + " line must carry modifier " + modifier
                            + ": add it to " + l.line().code() + "."));
                }
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(out)); // each finding once, in order
    }

    @Override
    public List<SessionLine> fix(EstimateInput input, List<SessionLine> lines) {
        List<SessionLine> fixed = new ArrayList<>();
        for (SessionLine line : lines) {
            List<String> modifiers = new ArrayList<>(line.modifiers());
            for (String m : required(input, line)) {
                if (!line.hasModifier(m)) {
                    modifiers.add(m);
                }
            }
            fixed.add(modifiers.size() == line.modifiers().size() ? line : line.withModifiers(modifiers));
        }
        return List.copyOf(fixed);
    }

    /** Whether the line's KX is one the family requires (not KX-UNEXPECTED). */
    static boolean requiredKx(SessionReview s, SessionReview.Line line) {
        return required(s.input(), line.line()).contains("KX");
    }
}
