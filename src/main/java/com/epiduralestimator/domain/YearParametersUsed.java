package com.epiduralestimator.domain;

import java.util.Optional;

/**
 * The year parameters an answer for a date of service used. When the date's year is not loaded (FEE-YEAR), they
 * are the latest earlier loaded year's: every one of them is then borrowed, and each use must be named in the
 * answer's assumptions ({@link #assumption}): an estimate, never a refusal.
 *
 * @param requestedYear the calendar year of the date of service
 * @param parameters    the parameters used: {@code requestedYear}'s own, or an earlier year's
 */
public record YearParametersUsed(int requestedYear, YearParameters parameters) {
    public YearParametersUsed {
        if (parameters.year() > requestedYear) {
            throw new IllegalArgumentException("a later year's parameters are never used (FEE-YEAR)");
        }
    }

    /** The parameters are another year's. */
    public boolean borrowed() {
        return parameters.year() != requestedYear;
    }

    /**
     * The assumption to state when the parameter is used: "the 2027 Part B deductible is not known; the 2026
     * amount, $283, is assumed". Empty when the parameter is the year's own or the year does not know it.
     */
    public Optional<String> assumption(YearParameters.Parameter parameter) {
        if (!borrowed()) {
            return Optional.empty();
        }
        return parameters.get(parameter).map(value -> "The " + requestedYear + " " + parameter.label()
                + " is not known; the " + parameters.year() + " "
                + (parameter == YearParameters.Parameter.SEQUESTRATION_RATE ? "rate" : "amount") + ", "
                + parameter.format(value) + ", is assumed.");
    }

    /** The Part B deductible for the date of service (borrowed when {@link #borrowed()}). */
    public Money partBDeductible() {
        return Money.of(parameters.partBDeductible());
    }
}
