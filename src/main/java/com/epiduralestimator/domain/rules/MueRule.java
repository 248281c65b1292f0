package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.CODING;
import static com.epiduralestimator.domain.Severity.ERROR;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.ClaimEdits;
import com.epiduralestimator.domain.EditTable;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.MueLimits;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Sides;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * MUE (medicare-rules.md section 6): units of a code above its Medically Unlikely Edit. MAI 1 (a line edit): the
 * units of a line above the MUE are denied on that line; MAI 2 and 3 (date of service): when the day's units of the
 * code exceed it, every unit of the code that day is denied (CMS SE1422). RT and LT lines of one code are one
 * bilateral procedure: one unit (the ASC must bill it so; the physician's two-line form is its own coding error).
 * The provider's liability, never the patient's. The table is read only when some code has more than one unit.
 */
final class MueRule extends Rule implements EditTableFix {
    private final ClaimEdits edits;
    private final Function<EstimateInput, List<SessionLine>> claimBefore;

    MueRule(ClaimEdits edits, Function<EstimateInput, List<SessionLine>> claimBefore) {
        super("MUE", CODING, ERROR, "CMS NCCI medically unlikely edits");
        this.edits = edits;
        this.claimBefore = claimBefore;
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        List<SessionLine> lines = claimBefore.apply(s.input());
        Optional<MueLimits> table = table(EditTable.PRACTITIONER, s.input(), lines);
        List<Finding> findings = new ArrayList<>();
        // Loops, not lambdas or streams: the first estimate of two codes runs this rule (docs/performance.md).
        if (table.isPresent()) {
            for (MueLimits.Limit limit : over(table.get(), lines)) {
                findings.add(Finding.of(id(), ERROR, CODING, message(limit, lines), source() + ", "
                        + table.get().edition().describe()));
            }
        }
        return findings;
    }

    /**
     * The claim as it should be sent: at most the MUE's units of the code (per line for MAI 1, per day for MAI 2
     * and 3, the later lines trimmed first). Sent as described, a MAI 2 or 3 claim loses every unit of the code
     * (the finding says so); the estimate, as for every coding error, is the fixed claim's.
     */
    @Override
    public List<SessionLine> fix(EditTable table, EstimateInput input, List<SessionLine> lines) {
        Optional<MueLimits> limits = table(table, input, lines);
        if (limits.isEmpty()) {
            return lines;
        }
        List<MueLimits.Limit> over = over(limits.get(), lines);
        List<SessionLine> kept = new ArrayList<>();
        Map<HcpcsCode, int[]> used = new HashMap<>(); // per code: units with no side, right, left
        for (SessionLine line : lines) {
            MueLimits.Limit limit = null;
            for (MueLimits.Limit l : over) {
                if (limit == null && l.code().equals(line.code())) {
                    limit = l;
                }
            }
            if (limit == null) {
                kept.add(line);
                continue;
            }
            int[] usedOfCode = used.get(line.code());
            if (usedOfCode == null) {
                usedOfCode = new int[3];
                used.put(line.code(), usedOfCode);
            }
            int units = limit.perDay() ? withinDay(limit.value(), line, usedOfCode)
                    : Math.min(line.units(), limit.value());
            if (units > 0) {
                kept.add(line.withUnits(units));
            }
        }
        return kept;
    }

    /** The line's units that keep the day's units ({@link Sides#levels}) within the MUE; counts them as used. */
    private static int withinDay(int value, SessionLine line, int[] used) {
        Sides sides = Sides.of(line);
        int side = sides == Sides.RIGHT ? used[1] : sides == Sides.LEFT ? used[2] : Math.max(used[1], used[2]);
        int units = Math.max(0, Math.min(line.units(), value - used[0] - side));
        switch (sides) {
            case NONE -> used[0] += units;
            case RIGHT -> used[1] += units;
            case LEFT -> used[2] += units;
            case BOTH -> {
                used[1] += units;
                used[2] += units;
            }
        }
        return units;
    }

    /** Whether the MUE is judged for the code: UNITS already judges the ESI codes' units, more strictly. */
    static boolean judged(HcpcsCode code) {
        Optional<ProcedureCode> c = ProcedureCatalog.find(code);
        return c.isEmpty() || c.get().approach() != Approach.INTERLAMINAR && c.get().approach() != Approach.TRANSFORAMINAL;
    }

    /** Whether some judged code has more than one unit on the claim: only then is the MUE table read. */
    static boolean severalUnits(List<SessionLine> lines) {
        for (HcpcsCode code : ClaimEditNotes.distinctCodes(lines)) {
            if (judged(code) && (units(code, lines) > 1 || lineAbove(code, lines, 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line of the code has more than {@code units} units. */
    private static boolean lineAbove(HcpcsCode code, List<SessionLine> lines, int units) {
        for (SessionLine l : lines) {
            if (l.code().equals(code) && l.units() > units) {
                return true;
            }
        }
        return false;
    }

    private Optional<MueLimits> table(EditTable table, EstimateInput input, List<SessionLine> lines) {
        return severalUnits(lines) ? edits.mue(table, input.dateOfService()) : Optional.empty();
    }

    /** The limits the claim exceeds, in line order. */
    static List<MueLimits.Limit> over(MueLimits limits, List<SessionLine> lines) {
        List<MueLimits.Limit> over = new ArrayList<>();
        for (HcpcsCode code : ClaimEditNotes.distinctCodes(lines)) {
            if (!judged(code)) {
                continue;
            }
            Optional<MueLimits.Limit> limit = limits.of(code);
            if (limit.isPresent() && (limit.get().perDay() ? units(code, lines) > limit.get().value()
                    : lineAbove(code, lines, limit.get().value()))) {
                over.add(limit.get());
            }
        }
        return over;
    }

    /** The day's units of a code: RT and LT of one procedure count once ({@link Sides#levels}). */
    static int units(HcpcsCode code, List<SessionLine> lines) {
        return Sides.levels(code, lines);
    }

    private static String message(MueLimits.Limit limit, List<SessionLine> lines) {
        HcpcsCode code = limit.code();
        String edition = limit.perDay() ? "MAI " + limit.adjudication() + ", per day" : "MAI 1, per line";
        String denied = limit.perDay()
                ? "every unit of " + code + " that day is denied (CMS SE1422), not only the excess"
                : "the units above " + limit.value() + " on the line are denied";
        String send = limit.value() == 0 ? "Not billable: priced without it." : "Priced as the claim should be sent,"
                + " with at most " + limit.value() + (limit.value() == 1 ? " unit." : " units.");
        return code + " is reported with " + units(code, lines) + " units; its medically unlikely edit is "
                + limit.value() + " (" + edition + "): " + denied + ". The denial is the provider's liability: the"
                + " patient may not be billed for it. " + send;
    }
}
