package com.epiduralestimator.domain.rules;

import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.FrequencyResult;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.PriorSession;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The session the rules judge, as one value: each line beside its catalog entry, the region, the prior sessions of
 * the region inside the window and the cap's verdict.
 *
 * @param frequency  the cap's verdict, empty when no line counts toward the cap
 * @param placeState the state (2 letters) of the place of service, from the locality or ZIP priced; empty when
 *                   the place is not known (the national amount)
 */
public record SessionReview(EstimateInput input, SpinalRegion region, List<Line> lines, List<PriorSession> priors,
                            Optional<FrequencyResult> frequency, Optional<String> placeState) {

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
    }

    /** Pairs each request line with its catalog entry (the codes in line order). */
    public static SessionReview of(EstimateInput input, SpinalRegion region, List<ProcedureCode> codes,
                                   List<PriorSession> priors, Optional<FrequencyResult> frequency,
                                   Optional<String> placeState) {
        if (codes.size() != input.lines().size()) {
            throw new IllegalArgumentException("one catalog entry per line");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            lines.add(new Line(input.lines().get(i), codes.get(i)));
        }
        return new SessionReview(input, region, lines, priors, frequency, placeState);
    }

    /** The distinct catalog entries, in line order. */
    public List<ProcedureCode> codes() {
        return lines.stream().map(Line::code).distinct().toList();
    }

    public Set<HcpcsCode> codeValues() {
        return lines.stream().map(l -> l.code().code()).collect(Collectors.toSet());
    }

    public Set<Approach> approaches() {
        Set<Approach> approaches = EnumSet.noneOf(Approach.class);
        lines.forEach(l -> approaches.add(l.approach()));
        return approaches;
    }

    /** The units of one code summed over every line that reports it. */
    public int unitsOf(HcpcsCode code) {
        return lines.stream().filter(l -> l.code().code().equals(code)).mapToInt(Line::units).sum();
    }

    /** A line's code counts toward the cap: the checks of a covered ESI apply. */
    public boolean coveredEsi() {
        return lines.stream().anyMatch(l -> l.code().countsTowardCap());
    }
}
