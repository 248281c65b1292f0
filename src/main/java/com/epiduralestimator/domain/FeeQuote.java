package com.epiduralestimator.domain;

import java.math.BigDecimal;

/** What the fee schedule allows for one unit of one code in one setting and place. */
public record FeeQuote(FeeRow row, Setting setting, BigDecimal amount, Breakdown breakdown) {

    public record Breakdown(BigDecimal workRvu, BigDecimal peRvu, BigDecimal mpRvu,
                            BigDecimal workGpci, BigDecimal peGpci, BigDecimal mpGpci,
                            BigDecimal conversionFactor) {}

    /** A non-participating provider is allowed 95% of the fee schedule amount. */
    public BigDecimal nonParticipatingAmount() {
        return Money.percentOf(amount, "95");
    }

    /** 42 CFR 414.48: a non-participating provider may charge at most 115% of 95% = 109.25% of the fee. */
    public BigDecimal limitingCharge() {
        return PaymentEstimator.limitingCharge(amount);
    }

    /** FEE-NA: CMS marks the service as rarely or never performed in this setting. */
    public boolean notApplicable() {
        return row.notApplicableIn(setting);
    }
}
