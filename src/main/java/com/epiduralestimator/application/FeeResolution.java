package com.epiduralestimator.application;

import com.epiduralestimator.domain.FeeQuote;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.YearParametersUsed;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fees of a request's codes in one year and place.
 *
 * @param parameters  the year parameters used for the date of service: its year's own, or, when that year is not
 *                    loaded, the latest earlier year's (borrowed; the fee's own assumptions already name the
 *                    conversion factor, whoever uses another parameter names it too: {@link
 *                    YearParametersUsed#assumption})
 * @param locality    the locality priced, empty for the national amount
 */
public record FeeResolution(YearParametersUsed parameters, Map<HcpcsCode, FeeQuote> quotes, Optional<Locality> locality,
                            List<Finding> findings, List<String> assumptions) {
    public FeeResolution {
        quotes = Map.copyOf(quotes);
        findings = List.copyOf(findings);
        assumptions = List.copyOf(assumptions);
    }

    /** The schedule year that priced the fees, and its parameters. */
    public YearParameters year() {
        return parameters.parameters();
    }

    public String source() {
        return locality.isPresent() ? "locality" : "national";
    }
}
