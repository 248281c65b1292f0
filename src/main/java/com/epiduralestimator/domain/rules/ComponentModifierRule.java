package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.SessionLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MODIFIER-PCTC (medicare-rules.md section 6, "Modifiers that do not belong"): 26 (professional component) or TC
 * (technical component) on a code whose PC/TC indicator is 0, which has no components: every ESI. A coding error;
 * the fix drops the modifier from the session family's lines (whose indicator is 0 in every year's PPRRVU).
 */
final class ComponentModifierRule extends Rule implements ClaimFix {
    static final List<String> COMPONENTS = List.of("26", "TC");

    ComponentModifierRule() {
        super("MODIFIER-PCTC", CODING, ERROR, "CMS PFS Relative Value File, PC/TC indicator 0");
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<Finding> out = new ArrayList<>();
        for (SessionLine line : s.input().lines()) {
            Optional<String> component = Optional.empty();
            for (String c : COMPONENTS) {
                if (line.hasModifier(c)) {
                    component = Optional.of(c);
                    break;
                }
            }
            if (component.isEmpty()) {
                continue;
            }
            FeeRow row = s.claims().rows().get(line.code());
            boolean noComponents = ProcedureCatalog.inFamily(line.code()) || (row != null && row.pctc().equals("0"));
            if (noComponents) {
                out.add(finding(line.code() + "-" + component.get() + ": " + line.code() + " has no professional"
                        + " and technical components (PC/TC indicator 0); report it without " + component.get()
                        + "."));
            }
        }
        return out;
    }

    @Override
    public List<SessionLine> fix(EstimateInput input, List<SessionLine> lines) {
        List<SessionLine> fixed = new ArrayList<>(lines.size());
        for (SessionLine line : lines) {
            if (!ProcedureCatalog.inFamily(line.code())) {
                fixed.add(line);
                continue;
            }
            List<String> modifiers = new ArrayList<>();
            for (String m : line.modifiers()) {
                if (!COMPONENTS.contains(m)) {
                    modifiers.add(m);
                }
            }
            fixed.add(line.withModifiers(modifiers));
        }
        return List.copyOf(fixed);
    }
}
