package com.epiduralestimator.application;

import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.Supplemental;
import com.epiduralestimator.domain.SupplementalCoverage;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.YearParametersUsed;
import java.util.List;
import java.util.Optional;

/**
 * The supplement's terms for one estimate (medicare-rules.md section 5, "Supplemental coverage"): the plan with its
 * out-of-pocket limit or high deductible still to go, as given or the year's whole figure (said in assumptions).
 */
final class SupplementalTerms {
    private SupplementalTerms() {}

    static SupplementalCoverage coverage(BillOptions options, YearParametersUsed parameters,
                                                 List<String> assumptions) {
        Supplemental plan = options.supplemental();
        Optional<Money> outOfPocket = Optional.empty();
        Optional<Money> deductible = Optional.empty();
        if (plan.hasOutOfPocketLimit()) {
            YearParameters.Parameter limit = plan == Supplemental.MEDIGAP_K
                    ? YearParameters.Parameter.MEDIGAP_K_OUT_OF_POCKET_LIMIT
                    : YearParameters.Parameter.MEDIGAP_L_OUT_OF_POCKET_LIMIT;
            outOfPocket = Optional.of(remaining(options.supplementalOutOfPocketRemaining(),
                    "supplementalOutOfPocketRemaining", limit, parameters, assumptions));
        }
        if (plan.highDeductible()) {
            deductible = Optional.of(remaining(options.supplementalDeductibleRemaining(),
                    "supplementalDeductibleRemaining", YearParameters.Parameter.MEDIGAP_HIGH_DEDUCTIBLE, parameters,
                    assumptions));
        }
        return new SupplementalCoverage(plan, outOfPocket, deductible);
    }

    /** What remains: as given (at most the year's figure), or the whole year's figure, said in assumptions. */
    private static Money remaining(Optional<Money> given, String field, YearParameters.Parameter parameter,
                                        YearParametersUsed parameters, List<String> assumptions) {
        int year = parameters.requestedYear();
        Optional<Money> annual = parameters.parameters().amount(parameter);
        if (given.isPresent()) {
            if (annual.isPresent() && !parameters.borrowed() && given.get().isGreaterThan(annual.get())) {
                throw new InvalidFieldException(field, "exceeds the " + year + " " + parameter.label() + " of "
                        + parameter.format(annual.get().amount()));
            }
            return given.get();
        }
        Money whole = annual.orElseThrow(() -> new UnsupportedRequestException("SUPPLEMENTAL-LIMIT", field,
                "The " + year + " " + parameter.label() + " is not known to the estimator: give " + field + "."));
        parameters.assumption(parameter).ifPresent(assumptions::add);
        assumptions.add(field + " not given: the whole " + year + " " + parameter.label() + " ("
                + parameter.format(whole.amount()) + ") is assumed to remain.");
        return whole;
    }
}
