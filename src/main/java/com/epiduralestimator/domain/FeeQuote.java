package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the fee schedule allows for one unit of one code in one setting and place.
 *
 * @param amount         what Medicare allows: the PFS amount, or the OPPS cap when that is lower
 * @param oppsCapAmount  CMS's OPPS cap for the row, setting and locality, when CMS caps the service there
 */
public record FeeQuote(FeeRow row, Setting setting, Money amount, Breakdown breakdown,
                       Money pfsAmount, Optional<Money> oppsCapAmount) {
    /** What a non-participating provider is allowed of the fee schedule amount. */
    static final Percent NON_PARTICIPATING_PERCENT = Percent.of("95");

    public record Breakdown(BigDecimal workRvu, BigDecimal peRvu, BigDecimal mpRvu,
                            BigDecimal workGpci, BigDecimal peGpci, BigDecimal mpGpci,
                            BigDecimal conversionFactor) {}

    /** A quote from the PFS formula alone. */
    public FeeQuote(FeeRow row, Setting setting, Money amount, Breakdown breakdown) {
        this(row, setting, amount, breakdown, amount, Optional.empty());
    }

    /** OPPS cap: Medicare allows the lower of the PFS amount and the OPPS amount for the locality. */
    public FeeQuote cappedBy(OppsCap cap) {
        Money capAmount = Money.round(cap.price(setting));
        Money allowed = capAmount.min(pfsAmount);
        return new FeeQuote(row, setting, allowed, breakdown, pfsAmount, Optional.of(capAmount));
    }

    /** The OPPS cap is lower than the PFS amount, so it is what Medicare allows. */
    public boolean cappedAtOpps() {
        return oppsCapAmount.isPresent() && oppsCapAmount.get().isLessThan(pfsAmount);
    }

    /** A non-participating provider is allowed 95% of the fee schedule amount. */
    public Money nonParticipatingAmount() {
        return amount.times(NON_PARTICIPATING_PERCENT);
    }

    /** 42 CFR 414.48: a non-participating provider may charge at most 115% of 95% = 109.25% of the fee. */
    public Money limitingCharge() {
        return PaymentEstimator.limitingCharge(amount);
    }

    /** FEE-NA: CMS marks the service as rarely or never performed in this setting. */
    public boolean notApplicable() {
        return row.notApplicableIn(setting);
    }
}
