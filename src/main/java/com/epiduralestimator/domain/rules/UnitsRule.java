package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Sides;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * UNITS: an interlaminar code is one unit, one level per session; a transforaminal first-level code is one level
 * (the next level is its add-on code; RT and LT of one level are one bilateral level, BILATERAL-SIDES). One finding
 * at most. A level beyond the first and one add-on unit is no longer a coding slip here: it is LEVELS, a line that
 * is not covered (medicare-rules.md section 6).
 */
final class UnitsRule extends Rule implements ClaimFix {
    UnitsRule() {
        super("UNITS", CODING, ERROR, ARTICLE);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<SessionLine> lines = new ArrayList<>(s.lines().size());
        for (SessionReview.Line line : s.lines()) {
            lines.add(line.line());
        }
        for (ProcedureCode code : s.codes()) {
            if (code.approach() == Approach.INTERLAMINAR && s.unitsOf(code.code()) > 1) {
                return List.of(finding(code.code() + " is reported with 1 unit: one interlaminar level per"
                        + " session."));
            }
            if (code.approach() == Approach.TRANSFORAMINAL && !code.addOn() && Sides.levels(code.code(), lines) > 1) {
                return List.of(finding(code.code() + " is the first level: report 1 unit (RT and LT for both"
                        + " sides of one level) and the second level with its add-on code."));
            }
        }
        return List.of();
    }

    /**
     * One unit of an interlaminar code; the extra units (or lines) of a first-level code move to its add-on code,
     * side by side: a second 64483-RT is 64484-RT, a second unit of 64483-50 is 64484-50 (the level limit is
     * LEVELS', which leaves the units beyond it not covered rather than dropping them).
     */
    @Override
    public List<SessionLine> fix(EstimateInput input, List<SessionLine> lines) {
        List<SessionLine> fixed = new ArrayList<>();
        Set<HcpcsCode> seenInterlaminar = new LinkedHashSet<>();
        Set<String> seenFirstLevel = new LinkedHashSet<>();
        List<SessionLine> moved = new ArrayList<>();
        for (SessionLine line : lines) {
            ProcedureCode code = ProcedureCatalog.find(line.code()).orElseThrow();
            if (code.approach() == Approach.INTERLAMINAR) {
                if (seenInterlaminar.add(code.code())) {
                    fixed.add(line.withUnits(1));
                }
            } else if (code.approach() == Approach.TRANSFORAMINAL && !code.addOn()) {
                Sides side = Sides.of(line);
                String v = code.code().value();
                boolean first = !seenFirstLevel.contains(v + side) && !seenFirstLevel.contains(v + Sides.BOTH)
                        && (side != Sides.BOTH || (!seenFirstLevel.contains(v + Sides.RIGHT)
                                && !seenFirstLevel.contains(v + Sides.LEFT)));
                seenFirstLevel.add(v + side);
                int from = 0;
                if (first) {
                    fixed.add(line.withUnits(1));
                    from = 1;
                }
                Optional<HcpcsCode> addOn = ProcedureCatalog.addOnOf(code.code());
                if (line.units() > from && addOn.isPresent()) {
                    moved.add(line.unitsFrom(from).withCode(addOn.get()));
                } else if (line.units() > from) {
                    fixed.add(line.unitsFrom(from));
                }
            } else {
                fixed.add(line);
            }
        }
        for (SessionLine extra : moved) {
            fixed = addUnits(fixed, extra);
        }
        return fixed;
    }

    /** Adds the moved units to an add-on line on the same side, or as a line of their own after them. */
    private static List<SessionLine> addUnits(List<SessionLine> lines, SessionLine extra) {
        List<SessionLine> out = new ArrayList<>();
        boolean merged = false;
        for (SessionLine line : lines) {
            if (!merged && line.code().equals(extra.code()) && Sides.of(line) == Sides.of(extra)) {
                List<String> levels = new ArrayList<>(line.levels());
                levels.addAll(extra.levels());
                out.add(new SessionLine(line.code(), line.units() + extra.units(), line.modifiers(),
                        line.levels().isEmpty() || extra.levels().isEmpty() ? List.of() : levels));
                merged = true;
            } else {
                out.add(line);
            }
        }
        if (!merged) {
            out.add(extra);
        }
        return out;
    }
}
