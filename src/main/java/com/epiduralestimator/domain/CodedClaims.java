package com.epiduralestimator.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The session's claims, each coded as its payer wants it (medicare-rules.md section 6, "Each claim coded as its
 * payer wants it"), built by {@link ClaimCoding} from the request's lines once their coding errors are fixed: what
 * the pricing, the line-level coverage and the payer-specific edits (NCCI, MUE) read.
 *
 * @param physician      the physician's (PFS) claim: a bilateral procedure of a bilateral-indicator-1 code is one
 *                       line with modifier 50; units beyond a family's level limit are lines of their own
 * @param facilityType   the facility whose claim is coded, when the request names one
 * @param facility       the facility's claim: for a hospital (OPPS) one line with 50, for an ASC two lines RT and
 *                       LT; each line as the facility bills it ({@link FacilityCoding}: G0260, G0463, drugs)
 * @param facilitySource for each facility line, the index of the physician line it codes (its coverage is that
 *                       line's), or -1 when the physician bills none (a drug): the session's coverage
 * @param rows           the fee schedule's row of every code priced (indicators: PC/TC, bilateral, MPPR)
 */
public record CodedClaims(List<SessionLine> physician, Optional<FacilityType> facilityType,
                          List<SessionLine> facility, List<Integer> facilitySource, Map<HcpcsCode, FeeRow> rows) {
    public CodedClaims {
        physician = List.copyOf(physician);
        facility = List.copyOf(facility);
        facilitySource = List.copyOf(facilitySource);
        rows = Map.copyOf(rows);
        if (facility.size() != facilitySource.size()) {
            throw new IllegalArgumentException("one source line per facility line");
        }
    }

    /**
     * The request's lines coded without fee rows (no bilateral indicator known: RT and LT stay as they are) and no
     * facility: the rules' own tests, a place-of-service check.
     */
    public static CodedClaims asRequested(List<SessionLine> lines) {
        return ClaimCoding.code(lines, Map.of(), Optional.empty());
    }

    /** The facility's lines with the coverage of the physician lines they code. */
    public List<CoveredLine> facilityCoverage(List<CoveredLine> physicianCoverage) {
        List<CoveredLine> out = new java.util.ArrayList<>();
        for (int i = 0; i < facility.size(); i++) {
            int from = facilitySource.get(i);
            out.add(from >= 0 ? physicianCoverage.get(from).with(facility.get(i))
                    : session(physicianCoverage, facility.get(i)));
        }
        return out;
    }

    /**
     * A facility line no physician line codes (a drug) is covered when the session is (some physician line is);
     * else denied by the rule that denies the session's first line.
     */
    private static CoveredLine session(List<CoveredLine> physicianCoverage, SessionLine line) {
        if (physicianCoverage.isEmpty() || physicianCoverage.stream().anyMatch(CoveredLine::covered)) {
            return CoveredLine.covered(line);
        }
        return physicianCoverage.get(0).with(line);
    }
}
