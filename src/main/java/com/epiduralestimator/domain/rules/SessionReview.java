package com.epiduralestimator.domain.rules;

import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.CodedClaims;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.FrequencyResult;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.PastSession;
import com.epiduralestimator.domain.PriorSession;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The session the rules judge, as one value: each line of the session family beside its catalog entry, the
 * session's region, the prior sessions of the region inside the window, the cap's verdict, and the claims as each
 * payer wants them coded.
 *
 * @param region     the session's region: the region recorded first on the date, else the first line's
 *                   (FREQ-ONE-REGION); lines of another region are not covered
 * @param lines      the request's lines of the session family (ProcedureCatalog), in request order
 * @param beside     the request's lines outside the family (an E/M visit, imaging, a drug), in request order
 * @param frequency  the cap's verdict, empty when no line counts toward the cap
 * @param placeState the state (2 letters) of the place of service, from the locality or ZIP priced; empty when
 *                   the place is not known (the national amount)
 * @param claims     the claims once the coding errors are fixed, coded per payer: what line-level coverage and the
 *                   payer-specific edits (NCCI, MUE) judge
 * @param regionOnFile the region of the session recorded first on the date (this practice's ledger, or a session
 *                   elsewhere the request gives), which stays covered; empty when none is on file
 * @param history    the patient's active sessions of every family before the date of service, as read for the
 *                   estimate (recorded, and the request's otherSessions): what the rules across families read (an
 *                   RFA's global period, the blocks before a first RFA); without a patient id only the otherSessions
 * @param storedHistoryRead whether the patient's stored sessions were read (false without a patient id: the rules
 *                   that look for a session on file say it could not be checked, not that none is on file)
 */
public record SessionReview(EstimateInput input, SpinalRegion region, List<Line> lines, List<PriorSession> priors,
                            Optional<FrequencyResult> frequency, Optional<String> placeState,
                            List<SessionLine> beside, CodedClaims claims, Optional<SpinalRegion> regionOnFile,
                            List<PastSession> history, boolean storedHistoryRead) {

    /** One line of the request and what the catalog says of its code. */
    public record Line(SessionLine line, ProcedureCode code) {
        public int units() {
            return line.units();
        }

        public boolean hasModifier(String modifier) {
            return line.hasModifier(modifier);
        }

        public Approach approach() {
            return code.approach();
        }
    }

    public SessionReview {
        lines = List.copyOf(lines);
        priors = List.copyOf(priors);
        beside = List.copyOf(beside);
        history = List.copyOf(history);
    }

    /** A review without the history across families (the rules that read one history alone). */
    public SessionReview(EstimateInput input, SpinalRegion region, List<Line> lines, List<PriorSession> priors,
                         Optional<FrequencyResult> frequency, Optional<String> placeState, List<SessionLine> beside,
                         CodedClaims claims, Optional<SpinalRegion> regionOnFile) {
        this(input, region, lines, priors, frequency, placeState, beside, claims, regionOnFile, List.of(), true);
    }

    /** This review with the patient's sessions of every family before the date of service. */
    public SessionReview withHistory(List<PastSession> sessions) {
        return new SessionReview(input, region, lines, priors, frequency, placeState, beside, claims, regionOnFile,
                sessions, storedHistoryRead);
    }

    /** This review for an estimate without a patient id: the history is the request's otherSessions only. */
    public SessionReview storedHistoryNotRead() {
        return new SessionReview(input, region, lines, priors, frequency, placeState, beside, claims, regionOnFile,
                history, false);
    }

    /** The review of the request's lines as they are (no fee rows, no facility): the rules' own tests. */
    public static SessionReview of(EstimateInput input, SpinalRegion region, List<ProcedureCode> codes,
                                   List<PriorSession> priors, Optional<FrequencyResult> frequency,
                                   Optional<String> placeState) {
        return of(input, region, codes, priors, frequency, placeState, CodedClaims.asRequested(input.lines()),
                Optional.empty());
    }

    /**
     * Pairs each request line of the session family with its catalog entry ({@code codes}, in the order of those
     * lines); the other lines go {@link #beside}.
     */
    public static SessionReview of(EstimateInput input, SpinalRegion region, List<ProcedureCode> codes,
                                   List<PriorSession> priors, Optional<FrequencyResult> frequency,
                                   Optional<String> placeState, CodedClaims claims,
                                   Optional<SpinalRegion> regionOnFile) {
        List<Line> lines = new ArrayList<>();
        List<SessionLine> beside = new ArrayList<>();
        for (SessionLine line : input.lines()) {
            if (ProcedureCatalog.inFamily(line.code())) {
                if (lines.size() >= codes.size()) {
                    throw new IllegalArgumentException("one catalog entry per line of the family");
                }
                lines.add(new Line(line, codes.get(lines.size())));
            } else {
                beside.add(line);
            }
        }
        if (lines.size() != codes.size()) {
            throw new IllegalArgumentException("one catalog entry per line of the family");
        }
        return new SessionReview(input, region, lines, priors, frequency, placeState, beside, claims, regionOnFile);
    }

    /** The region of a line of the physician's claim (once fixed): its code's; empty outside the family. */
    public static Optional<SpinalRegion> regionOf(SessionLine line) {
        Optional<ProcedureCode> code = ProcedureCatalog.find(line.code());
        return code.isPresent() ? Optional.of(code.get().region()) : Optional.empty();
    }

    /** The distinct catalog entries, in line order. */
    public List<ProcedureCode> codes() {
        // Loops, not streams: every rule of every estimate asks these (docs/performance.md).
        // By code (one catalog entry per code): no record hashCode to bootstrap on the cold path.
        Map<HcpcsCode, ProcedureCode> distinct = new LinkedHashMap<>();
        for (Line line : lines) {
            distinct.putIfAbsent(line.code().code(), line.code());
        }
        return List.copyOf(distinct.values());
    }

    public Set<HcpcsCode> codeValues() {
        Set<HcpcsCode> codes = new HashSet<>();
        for (Line line : lines) {
            codes.add(line.code().code());
        }
        return codes;
    }

    public Set<Approach> approaches() {
        Set<Approach> approaches = EnumSet.noneOf(Approach.class);
        for (Line line : lines) {
            approaches.add(line.approach());
        }
        return approaches;
    }

    /** The units of one code summed over every line that reports it. */
    public int unitsOf(HcpcsCode code) {
        int units = 0;
        for (Line line : lines) {
            if (line.code().code().equals(code)) {
                units += line.units();
            }
        }
        return units;
    }

    /** A line's code is an ESI that counts toward the cap: the checks of a covered ESI apply. */
    public boolean coveredEsi() {
        for (Line line : lines) {
            if (line.code().countsTowardCap() && ProcedureFamily.ESI.equals(line.code().family())) {
                return true;
            }
        }
        return false;
    }

    /** The session's family (its first line's): sessions count per family. */
    public String family() {
        return lines.isEmpty() ? ProcedureFamily.ESI : lines.get(0).code().family();
    }
}
