package com.epiduralestimator.domain;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.List;

/**
 * One edition of a Medically Unlikely Edit table: for each code, the most units a provider reports for one
 * beneficiary on one date of service, and how a contractor adjudicates units above it (the MAI).
 */
public final class MueLimits {
    private final Edition edition;
    private final Map<HcpcsCode, Limit> limits;

    /**
     * @param adjudication the MUE Adjudication Indicator: 1 a line edit (the units above the value are denied on the
     *                     line), 2 a date-of-service edit by policy, 3 by clinical data (all units of the code that
     *                     day are denied, CMS SE1422)
     */
    public record Limit(HcpcsCode code, int value, int adjudication) {
        public Limit {
            if (value < 0 || adjudication < 1 || adjudication > 3) {
                throw new IllegalArgumentException("MUE of " + code + ": value " + value + ", MAI " + adjudication);
            }
        }

        /** MAI 2 and 3: judged on the day's units of the code; over it, every unit of the code is denied. */
        public boolean perDay() {
            return adjudication != 1;
        }
    }

    private MueLimits(Edition edition, Map<HcpcsCode, Limit> limits) {
        this.edition = edition;
        this.limits = limits;
    }

    public static MueLimits of(Edition edition, List<Limit> limits) {
        return new MueLimits(edition, limits.stream().collect(Collectors.toUnmodifiableMap(Limit::code,
                Function.identity())));
    }

    public Edition edition() {
        return edition;
    }

    public int size() {
        return limits.size();
    }

    public Optional<Limit> of(HcpcsCode code) {
        return Optional.ofNullable(limits.get(code));
    }
}
