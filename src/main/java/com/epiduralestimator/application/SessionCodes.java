package com.epiduralestimator.application;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.UnsupportedRequestException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The codes of a session's lines, checked against the catalog, and the one region they share. Loops, not lambdas or
 * streams: every estimate runs these first (each lambda is a class spun at its first call; docs/performance.md).
 */
final class SessionCodes {
    private SessionCodes() {}

    static List<ProcedureCode> resolve(List<SessionLine> lines, boolean countedOnly) {
        List<ProcedureCode> codes = new ArrayList<>(lines.size());
        for (SessionLine line : lines) {
            Optional<ProcedureCode> found = ProcedureCatalog.find(line.code());
            if (found.isEmpty()) {
                throw new UnsupportedRequestException("CODE-SCOPE", "code", "Code " + line.code()
                        + " is outside the epidural injection family this estimator covers"
                        + (countedOnly ? "." : "; it may be estimated only beside a line of the family."));
            }
            ProcedureCode code = found.get();
            if (countedOnly && !code.countsTowardCap()) {
                throw new UnsupportedRequestException("NOT-COUNTED", "code", "Code " + code.code()
                        + " is not a covered ESI counted toward the 4-sessions cap: sessions record only 62321,"
                        + " 62323, 64479, 64480, 64483 and 64484 (and the counted codes of the other families).");
            }
            codes.add(code);
        }
        return List.copyOf(codes);
    }

    /**
     * The session family's codes of an estimate's lines, in order (CODE-SCOPE when none is of the family: a line
     * outside it, an E/M visit, imaging, sedation, is priced only beside a session of the family).
     */
    static List<ProcedureCode> family(List<SessionLine> lines) {
        List<SessionLine> family = new ArrayList<>(lines.size());
        for (SessionLine line : lines) {
            if (ProcedureCatalog.inFamily(line.code())) {
                family.add(line);
            }
        }
        if (family.isEmpty()) {
            resolve(lines, false); // the 422 names the first code outside the family
        }
        return resolve(family, false);
    }

    /**
     * The session's region (FREQ-ONE-REGION, medicare-rules.md section 6): the region on file first for the date
     * when a line of the claim is in it, else the claim's first line of the family's.
     */
    static SpinalRegion sessionRegion(List<SessionLine> claim, Optional<SpinalRegion> onFile) {
        List<SpinalRegion> regions = new ArrayList<>(claim.size());
        for (SessionLine line : claim) {
            Optional<ProcedureCode> code = ProcedureCatalog.find(line.code());
            if (code.isPresent()) {
                regions.add(code.get().region());
            }
        }
        if (onFile.isPresent() && regions.contains(onFile.get())) {
            return onFile.get();
        }
        return regions.get(0);
    }

    /** FREQ-ONE-REGION for a recorded session: one spinal region per session. */
    static SpinalRegion oneRegion(List<ProcedureCode> codes) {
        Set<SpinalRegion> regions = EnumSet.noneOf(SpinalRegion.class);
        for (ProcedureCode code : codes) {
            regions.add(code.region());
        }
        if (regions.size() != 1) {
            throw new UnsupportedRequestException("FREQ-ONE-REGION", "lines", "One spinal region per session:"
                    + " these lines span cervical-thoracic and lumbar-sacral codes; estimate each region separately.");
        }
        return regions.iterator().next();
    }

    /** "64483 x1 RT LT, 64484 x1": lines as a billing office reads them. */
    static String describe(List<SessionLine> lines) {
        return String.join(", ", lines.stream().map(l -> l.code() + " x" + l.units()
                + (l.modifiers().isEmpty() ? "" : " " + String.join(" ", l.modifiers()))).toList());
    }

    static Set<Approach> approaches(List<SessionLine> lines) {
        Set<Approach> approaches = EnumSet.noneOf(Approach.class);
        for (SessionLine line : lines) {
            Optional<ProcedureCode> code = ProcedureCatalog.find(line.code());
            if (code.isPresent()) {
                approaches.add(code.get().approach());
            }
        }
        return approaches;
    }
    /** Same lines whatever their order and the order of each line's modifiers. */
    static boolean sameLines(List<SessionLine> a, List<SessionLine> b) {
        return canonical(a).equals(canonical(b));
    }

    private static List<String> canonical(List<SessionLine> lines) {
        return lines.stream()
                .map(l -> l.code() + "x" + l.units() + l.modifiers().stream().sorted().toList())
                .sorted()
                .toList();
    }
}
