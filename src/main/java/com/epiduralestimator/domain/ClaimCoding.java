package com.epiduralestimator.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Codes each claim as its payer wants it (medicare-rules.md section 6), from the lines of what was done once their
 * coding errors are fixed:
 * <ul>
 * <li>physician (PFS): a bilateral-indicator-1 code on both sides is one line with modifier 50, whether the request
 *     says RT and LT on one line or on two (Claims Processing Manual ch. 12 §40.7.B); units beyond the family's
 *     level limit per region (a third transforaminal level) are split into a line of their own, which LEVELS
 *     leaves not covered;</li>
 * <li>hospital outpatient (OPPS): the physician's lines as they are (one line with 50);</li>
 * <li>ASC: modifier 50 is not recognised: a line with 50 becomes two lines, RT and LT, each with the line's units
 *     (the multiple-procedure discount then pays 100% + 50%). Codes outside the session family are not put on the
 *     facility's claim.</li>
 * </ul>
 */
public final class ClaimCoding {
    static final String BILATERAL = "50";

    private ClaimCoding() {}

    public static CodedClaims code(List<SessionLine> fixed, Map<HcpcsCode, FeeRow> rows,
                                   Optional<FacilityType> facilityType) {
        List<SessionLine> physician = splitBeyondLevelLimit(physician(fixed, rows));
        List<SessionLine> facility = new ArrayList<>();
        List<Integer> source = new ArrayList<>();
        if (facilityType.isPresent()) {
            for (int i = 0; i < physician.size(); i++) {
                SessionLine line = physician.get(i);
                if (!ProcedureCatalog.inFamily(line.code())) {
                    continue;
                }
                if (facilityType.get() == FacilityType.ASC && line.hasModifier(BILATERAL) && bilateral(rows, line)) {
                    facility.add(sided(line, "RT"));
                    facility.add(sided(line, "LT"));
                    source.add(i);
                    source.add(i);
                } else {
                    facility.add(line);
                    source.add(i);
                }
            }
        }
        return new CodedClaims(physician, facilityType, facility, source, rows);
    }

    static boolean bilateral(Map<HcpcsCode, FeeRow> rows, SessionLine line) {
        FeeRow row = rows.get(line.code());
        return row != null && row.bilateral() == 1;
    }

    /** The physician's form: RT and LT of a bilateral-indicator-1 code (on one line or paired lines) → 50. */
    static List<SessionLine> physician(List<SessionLine> lines, Map<HcpcsCode, FeeRow> rows) {
        List<SessionLine> out = new ArrayList<>();
        for (SessionLine line : lines) {
            out.add(bilateral(rows, line) && Sides.of(line) == Sides.BOTH ? withFifty(line) : line);
        }
        for (int i = 0; i < out.size(); i++) {
            SessionLine a = out.get(i);
            Sides side = Sides.of(a);
            if (!bilateral(rows, a) || (side != Sides.RIGHT && side != Sides.LEFT)) {
                continue;
            }
            for (int j = i + 1; j < out.size() && Sides.of(out.get(i)) == side; j++) {
                SessionLine b = out.get(j);
                Sides other = Sides.of(b);
                if (!b.code().equals(a.code()) || (other != Sides.RIGHT && other != Sides.LEFT) || other == side) {
                    continue;
                }
                SessionLine left = out.get(i);
                int pairs = Math.min(left.units(), b.units());
                List<SessionLine> replaced = new ArrayList<>();
                replaced.add(withFifty(left.withUnits(pairs)));
                if (left.units() > pairs) {
                    replaced.add(left.unitsFrom(pairs));
                }
                out.remove(i);
                out.addAll(i, replaced);
                int bIndex = j + replaced.size() - 1;
                if (b.units() > pairs) {
                    out.set(bIndex, b.unitsFrom(pairs));
                } else {
                    out.remove(bIndex);
                }
                break;
            }
        }
        return out;
    }

    private static SessionLine withFifty(SessionLine line) {
        List<String> modifiers = new ArrayList<>(line.modifiers());
        modifiers.removeAll(List.of("RT", "LT"));
        if (!modifiers.contains(BILATERAL)) {
            modifiers.add(0, BILATERAL);
        }
        return line.withModifiers(modifiers);
    }

    private static SessionLine sided(SessionLine line, String side) {
        List<String> modifiers = new ArrayList<>(line.modifiers());
        modifiers.remove(BILATERAL);
        modifiers.add(0, side);
        return line.withModifiers(modifiers);
    }

    /**
     * LEVELS: per region and approach, the units beyond the family's level limit become a line of their own, after
     * the covered ones. A unit is one level on each side it treats (no side, RT+LT or 50: both; RT or LT: one), so
     * RT and LT of one level are one level.
     */
    static List<SessionLine> splitBeyondLevelLimit(List<SessionLine> lines) {
        LevelCount count = new LevelCount();
        List<SessionLine> out = new ArrayList<>();
        for (SessionLine line : lines) {
            int room = count.room(line);
            count.add(line);
            if (room >= line.units() || room == 0) {
                out.add(line);
            } else {
                out.add(line.withUnits(room));
                out.add(line.unitsFrom(room));
            }
        }
        return out;
    }

    /**
     * The lines beyond the family's level limit (in claim order), as {@link #splitBeyondLevelLimit} leaves them:
     * each such line lies wholly beyond the limit.
     */
    public static boolean[] beyondLevelLimit(List<SessionLine> lines) {
        LevelCount count = new LevelCount();
        boolean[] beyond = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            beyond[i] = count.room(lines.get(i)) == 0;
            count.add(lines.get(i));
        }
        return beyond;
    }

    /** The levels used so far per region, approach and side. */
    private static final class LevelCount {
        private final Map<String, Integer> used = new java.util.HashMap<>();

        private Optional<ProcedureCode> limited(SessionLine line) {
            // Loops and ifs, not lambdas or streams: every estimate counts its levels (docs/performance.md).
            Optional<ProcedureCode> c = ProcedureCatalog.find(line.code());
            // an appeal-only code (64492/64495) is denied whole by its own rule, not as a level beyond
            return c.isPresent() && c.get().coverage() != FamilyCode.Coverage.APPEAL_ONLY
                    && ProcedureCatalog.levelLimit(c.get()) != Integer.MAX_VALUE ? c : Optional.empty();
        }

        private static List<Sides> sides(SessionLine line) {
            Sides side = Sides.of(line);
            return side == Sides.RIGHT || side == Sides.LEFT ? List.of(side) : List.of(Sides.RIGHT, Sides.LEFT);
        }

        /** How many more levels the line's sides allow; unlimited codes have room for all their units. */
        int room(SessionLine line) {
            Optional<ProcedureCode> code = limited(line);
            if (code.isEmpty()) {
                return line.units();
            }
            int most = 0;
            for (Sides side : sides(line)) {
                most = Math.max(most, used.getOrDefault(key(code.get(), side), 0));
            }
            return Math.max(0, ProcedureCatalog.levelLimit(code.get()) - most);
        }

        void add(SessionLine line) {
            Optional<ProcedureCode> code = limited(line);
            if (code.isPresent()) {
                for (Sides side : sides(line)) {
                    used.put(key(code.get(), side), used.getOrDefault(key(code.get(), side), 0) + line.units());
                }
            }
        }

        private static String key(ProcedureCode code, Sides side) {
            return code.region() + "/" + code.approach() + "/" + side;
        }
    }
}
