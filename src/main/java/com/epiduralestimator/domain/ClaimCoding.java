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
 * <li>hospital outpatient (OPPS): the lines fixed with the hospital's NCCI and MUE tables, one line with 50;</li>
 * <li>ASC: modifier 50 is not recognised: a line with 50 becomes two lines, RT and LT, each with the line's units
 *     (the multiple-procedure discount then pays 100% + 50%; NGS SI-joint FAQ, A59243).</li>
 * <li>both: each line as the facility bills it ({@link FacilityCoding}): 27096 → G0260, a visit → G0463 (hospital)
 *     or nothing (ASC), a drug on the facility's claim only, imaging and sedation not on it.</li>
 * </ul>
 */
public final class ClaimCoding {
    static final String BILATERAL = "50";

    private ClaimCoding() {}

    public static CodedClaims code(List<SessionLine> fixed, Map<HcpcsCode, FeeRow> rows,
                                   Optional<FacilityType> facilityType) {
        return code(fixed, fixed, rows, facilityType);
    }

    /**
     * @param fixed         the request's lines once their coding errors are fixed, with the practitioner NCCI and
     *                      MUE tables: the physician's claim, and an ASC's (CMS applies the practitioner edits to
     *                      ASC claims)
     * @param facilityFixed the same, fixed with the facility's payer's tables: the hospital NCCI and MUE tables for
     *                      an OPPS claim (a practitioner-only pair such as 62321 + 64479 keeps both lines there);
     *                      {@code fixed} for an ASC
     */
    public static CodedClaims code(List<SessionLine> fixed, List<SessionLine> facilityFixed,
                                   Map<HcpcsCode, FeeRow> rows, Optional<FacilityType> facilityType) {
        List<SessionLine> all = splitBeyondLevelLimit(physician(fixed, rows));
        List<SessionLine> physician = onPhysicianClaim(all, facilityType);
        List<SessionLine> facility = new ArrayList<>();
        List<Integer> source = new ArrayList<>();
        if (facilityType.isPresent()) {
            FacilityType type = facilityType.get();
            List<SessionLine> billed = facilityFixed.equals(fixed) ? all
                    : splitBeyondLevelLimit(physician(facilityFixed, rows));
            boolean[] taken = new boolean[physician.size()];
            for (SessionLine line : billed) {
                Optional<SessionLine> coded = FacilityCoding.recode(type, line);
                if (coded.isEmpty()) {
                    continue;
                }
                int from = sourceOf(physician, line, taken);
                if (type == FacilityType.ASC && line.hasModifier(BILATERAL) && bilateral(rows, line)) {
                    facility.add(sided(coded.get(), "RT"));
                    facility.add(sided(coded.get(), "LT"));
                    source.add(from);
                    source.add(from);
                } else {
                    facility.add(coded.get());
                    source.add(from);
                }
            }
        }
        return new CodedClaims(physician, facilityType, facility, source, rows);
    }

    /**
     * The lines the physician bills: in a facility (a facility type given) a drug is the facility's, supplied and
     * billed by it ({@link FacilityCoding#drug}); everything else as it is.
     */
    public static List<SessionLine> onPhysicianClaim(List<SessionLine> lines, Optional<FacilityType> facilityType) {
        if (facilityType.isEmpty()) {
            return lines;
        }
        List<SessionLine> out = new ArrayList<>();
        for (SessionLine line : lines) {
            if (!FacilityCoding.drug(line.code())) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * The physician line a facility line codes: the first line not yet taken that equals it (in claim order, so a
     * level beyond the limit keeps its own coverage), else the first of its code; -1 when the physician bills none (a
     * drug; a line only the hospital's table keeps): the facility line then takes the session's coverage
     * ({@link CodedClaims#facilityCoverage}).
     */
    private static int sourceOf(List<SessionLine> physician, SessionLine line, boolean[] taken) {
        for (int i = 0; i < physician.size(); i++) {
            if (!taken[i] && physician.get(i).equals(line)) {
                taken[i] = true;
                return i;
            }
        }
        for (int i = 0; i < physician.size(); i++) {
            if (physician.get(i).code().equals(line.code())) {
                return i;
            }
        }
        return -1;
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
