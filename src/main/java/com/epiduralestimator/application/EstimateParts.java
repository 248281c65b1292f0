package com.epiduralestimator.application;

import com.epiduralestimator.domain.DrugLines;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.SessionLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Small pieces of {@link EstimateService}'s assembly, as loops and plain helpers rather than lambdas or streams:
 * every estimate runs them, and each lambda is a class the first estimate loads (docs/performance.md).
 */
final class EstimateParts {
    private EstimateParts() {}

    static Optional<String> state(Optional<Locality> locality) {
        return locality.isPresent() ? Optional.of(locality.get().state()) : Optional.empty();
    }

    static void addIfPresent(List<String> assumptions, Optional<String> assumption) {
        if (assumption.isPresent()) {
            assumptions.add(assumption.get());
        }
    }

    static String dates(List<LocalDate> dates) {
        List<String> out = new ArrayList<>();
        for (LocalDate date : dates) {
            out.add(date.toString());
        }
        return String.join(", ", out);
    }

    /** The claim's codes the fee schedule prices: a drug is priced at its ASP limit, not the fee schedule. */
    static Set<HcpcsCode> feeCodes(List<SessionLine> lines) {
        Set<HcpcsCode> codes = new LinkedHashSet<>();
        for (SessionLine line : lines) {
            if (!DrugLines.isDrug(line.code())) {
                codes.add(line.code());
            }
        }
        return codes;
    }
}
