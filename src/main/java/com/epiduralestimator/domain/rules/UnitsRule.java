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
 * (the next level is its add-on code; RT and LT of one level are one bilateral level, BILATERAL-SIDES), and a
 * session has at most two transforaminal levels. One finding at most.
 */
final class UnitsRule extends Rule implements ClaimFix {
    static final int MAX_TRANSFORAMINAL_LEVELS = 2;

    UnitsRule() {
        super("UNITS", CODING, ERROR, ARTICLE);
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<SessionLine> lines = s.lines().stream().map(SessionReview.Line::line).toList();
        int transforaminalLevels = 0;
        for (ProcedureCode code : s.codes()) {
            if (code.approach() == Approach.INTERLAMINAR && s.unitsOf(code.code()) > 1) {
                return List.of(finding(code.code() + " is reported with 1 unit: one interlaminar level per"
                        + " session."));
            }
            if (code.approach() == Approach.TRANSFORAMINAL) {
                int levels = Sides.levels(code.code(), lines);
                if (!code.addOn() && levels > 1) {
                    return List.of(finding(code.code() + " is the first level: report 1 unit (RT and LT for both"
                            + " sides of one level) and the second level with its add-on code."));
                }
                transforaminalLevels += levels;
            }
        }
        if (transforaminalLevels > MAX_TRANSFORAMINAL_LEVELS) {
            return List.of(finding("At most " + MAX_TRANSFORAMINAL_LEVELS + " transforaminal levels per session"
                    + " (the first level and one add-on unit); this session has " + transforaminalLevels + "."));
        }
        return List.of();
    }

    /**
     * One unit of an interlaminar code; the extra units (or lines) of a first-level code without sides move to its
     * add-on code; add-on units without sides beyond the two-level limit are dropped (not payable).
     */
    @Override
    public List<SessionLine> fix(EstimateInput input, List<SessionLine> lines) {
        List<SessionLine> fixed = new ArrayList<>();
        Set<HcpcsCode> seenInterlaminar = new LinkedHashSet<>();
        int extraAddOnUnits = 0;
        HcpcsCode addOnCode = null;
        Set<HcpcsCode> seenFirstLevel = new LinkedHashSet<>();
        for (SessionLine line : lines) {
            ProcedureCode code = ProcedureCatalog.find(line.code()).orElseThrow();
            if (code.approach() == Approach.INTERLAMINAR) {
                if (seenInterlaminar.add(code.code())) {
                    fixed.add(line.withUnits(1));
                }
            } else if (code.approach() == Approach.TRANSFORAMINAL && !code.addOn()
                    && Sides.of(line) == Sides.NONE) {
                int units = line.units();
                if (seenFirstLevel.add(code.code())) {
                    fixed.add(line.withUnits(1));
                    units--;
                }
                extraAddOnUnits += units;
                addOnCode = addOnOf(code).orElse(null);
            } else {
                fixed.add(line);
            }
        }
        if (extraAddOnUnits > 0 && addOnCode != null) {
            fixed = addUnits(fixed, addOnCode, extraAddOnUnits);
        }
        return trimLevels(fixed);
    }

    private static Optional<HcpcsCode> addOnOf(ProcedureCode primary) {
        return ProcedureCatalog.all().stream().filter(c -> c.primaryCode().equals(Optional.of(primary.code())))
                .map(ProcedureCode::code).findFirst();
    }

    private static List<SessionLine> addUnits(List<SessionLine> lines, HcpcsCode addOn, int units) {
        List<SessionLine> out = new ArrayList<>();
        boolean merged = false;
        for (SessionLine line : lines) {
            if (!merged && line.code().equals(addOn) && Sides.of(line) == Sides.NONE) {
                out.add(line.withUnits(line.units() + units));
                merged = true;
            } else {
                out.add(line);
            }
        }
        if (!merged) {
            out.add(new SessionLine(addOn, units, List.of()));
        }
        return out;
    }

    /** Drops add-on units named without a side until the session has at most two transforaminal levels. */
    private static List<SessionLine> trimLevels(List<SessionLine> lines) {
        int levels = lines.stream().map(SessionLine::code).distinct()
                .filter(c -> ProcedureCatalog.find(c).orElseThrow().approach() == Approach.TRANSFORAMINAL)
                .mapToInt(c -> Sides.levels(c, lines)).sum();
        int excess = levels - MAX_TRANSFORAMINAL_LEVELS;
        List<SessionLine> out = new ArrayList<>();
        for (SessionLine line : lines) {
            ProcedureCode code = ProcedureCatalog.find(line.code()).orElseThrow();
            if (excess > 0 && code.addOn() && Sides.of(line) == Sides.NONE) {
                int drop = Math.min(excess, line.units());
                excess -= drop;
                if (line.units() > drop) {
                    out.add(line.withUnits(line.units() - drop));
                }
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
