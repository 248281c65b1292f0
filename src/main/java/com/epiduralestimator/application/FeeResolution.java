package com.epiduralestimator.application;

import com.epiduralestimator.domain.FeeQuote;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.ScheduleYear;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fees of a request's codes in one year and place.
 *
 * @param locality the locality priced, empty for the national amount
 */
public record FeeResolution(ScheduleYear year, Map<String, FeeQuote> quotes, Optional<Locality> locality,
                            List<Finding> findings, List<String> assumptions) {
    public FeeResolution {
        quotes = Map.copyOf(quotes);
        findings = List.copyOf(findings);
        assumptions = List.copyOf(assumptions);
    }

    public String source() {
        return locality.isPresent() ? "locality" : "national";
    }
}
