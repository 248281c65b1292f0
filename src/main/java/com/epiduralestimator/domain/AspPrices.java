package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One quarter of CMS's Part B drug payment allowance limits (ASP + 6%): per HCPCS code, its billing unit, the
 * payment limit per unit (three decimals, as CMS publishes it) and the coinsurance percentage (20, or lower where the
 * inflation rebate applies: J3300 3.892% in 2025 Q4). A lookup only: pricing a drug line is the engine's.
 */
public final class AspPrices {
    private final Edition edition;
    private final Map<HcpcsCode, Limit> limits;

    /** One drug's limit. {@code billingUnit} is CMS's "HCPCS Code Dosage", e.g. {@code 1 MG}, {@code 10 MG}. */
    public record Limit(HcpcsCode code, String billingUnit, BigDecimal paymentLimit, Percent coinsurance) {
        public Limit {
            Objects.requireNonNull(billingUnit, "billingUnit");
            if (paymentLimit.signum() < 0) {
                throw new IllegalArgumentException("payment limit of " + code + " is negative");
            }
            Objects.requireNonNull(coinsurance, "coinsurance");
        }

        /** The allowed amount for some billing units: limit × units, rounded once to the cent. */
        public Money allowed(int units) {
            return Money.round(paymentLimit.multiply(BigDecimal.valueOf(units)));
        }
    }

    private AspPrices(Edition edition, Map<HcpcsCode, Limit> limits) {
        this.edition = edition;
        this.limits = limits;
    }

    public static AspPrices of(Edition edition, List<Limit> limits) {
        return new AspPrices(edition, limits.stream().collect(Collectors.toUnmodifiableMap(Limit::code,
                Function.identity(), (a, b) -> a)));
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
