package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.EditTable;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.domain.SessionLine;
import java.util.List;
import java.util.Optional;

/**
 * EM-25 (medicare-rules.md section 7, the encounter): an E/M visit the same day as a facet, RFA or SI procedure is
 * payable only when significant and separately identifiable, with modifier 25; without it the visit is part of the
 * procedure (within an RFA's 10-day global period: included in it), the provider's liability, never the patient's.
 * The ESI family's E/M pairs are NCCI's (NCCI-PTP judges them from the bundled extract), so this rule judges the
 * families the extract does not hold, and a visit is never judged twice.
 */
final class EmSameDayRule extends Rule implements EditTableFix {
    EmSameDayRule() {
        super("EM-25", CODING, ERROR, "NCCI Policy Manual ch. 1 (modifier 25); medicare-rules.md section 7");
    }

    /** The session's family when it is not the ESI family (whose E/M pairs NCCI-PTP judges). */
    private static Optional<ProcedureFamily> family(List<SessionLine> lines) {
        for (SessionLine l : lines) { // loops, not streams: every estimate runs it (docs/performance.md)
            Optional<ProcedureFamily> f = ProcedureCatalog.familyOf(l.code());
            if (f.isPresent()) {
                return f.get().id().equals(ProcedureFamily.ESI) ? Optional.empty() : f;
            }
        }
        return Optional.empty();
    }

    private static boolean unmarkedVisit(SessionLine line) {
        return NcciPtpRule.evaluationAndManagement(line.code()) && !line.hasModifier(NcciPtpRule.EM_MODIFIER);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        Optional<ProcedureFamily> family = family(s.input().lines());
        if (family.isEmpty()) {
            return List.of();
        }
        String included = family.get().globalDays() > 0 ? "included in the procedure's " + family.get().globalDays()
                + "-day global period" : "part of the procedure";
        java.util.Set<String> visits = new java.util.LinkedHashSet<>();
        for (SessionLine l : s.input().lines()) {
            if (unmarkedVisit(l)) {
                visits.add(l.code().value());
            }
        }
        List<Finding> findings = new java.util.ArrayList<>();
        for (String code : visits) {
            findings.add(finding("The visit " + code + " the same day as the " + family.get().label()
                    + " is payable only if significant and separately identifiable, with modifier 25: add 25"
                    + " if it was; otherwise it is " + included + " and not paid (not billable to the patient)."
                    + " Priced without it."));
        }
        return List.copyOf(findings);
    }

    /** Without 25 the visit is not paid: the claim is priced without it (both payers' tables alike). */
    @Override
    public List<SessionLine> fix(EditTable table, EstimateInput input, List<SessionLine> lines) {
        if (family(lines).isEmpty()) {
            return lines;
        }
        List<SessionLine> kept = new java.util.ArrayList<>();
        for (SessionLine l : lines) {
            if (!unmarkedVisit(l)) {
                kept.add(l);
            }
        }
        return List.copyOf(kept);
    }
}
