package com.epiduralestimator.domain;

import java.math.BigDecimal;

/**
 * FEE-FORMULA: amount = round_half_up((work RVU × work GPCI + PE RVU × PE GPCI + MP RVU × MP GPCI) × CF, 2).
 * The setting picks the PE RVU. Rounded once, at the end (RVU25D; reproduces CMS's PFAL25A to the cent).
 */
public final class FeeFormula {
    private FeeFormula() {}

    /** The national amount: every GPCI is 1.000. */
    public static FeeQuote national(FeeRow row, Setting setting, BigDecimal conversionFactor) {
        return price(row, setting, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, conversionFactor);
    }

    public static FeeQuote local(FeeRow row, Setting setting, Locality locality, BigDecimal conversionFactor) {
        return price(row, setting, locality.workGpci(), locality.peGpci(), locality.mpGpci(), conversionFactor);
    }

    private static FeeQuote price(FeeRow row, Setting setting, BigDecimal workGpci, BigDecimal peGpci,
                                  BigDecimal mpGpci, BigDecimal cf) {
        BigDecimal peRvu = row.peRvu(setting);
        BigDecimal weighted = row.workRvu().multiply(workGpci)
                .add(peRvu.multiply(peGpci))
                .add(row.mpRvu().multiply(mpGpci));
        Money amount = Money.round(weighted.multiply(cf));
        return new FeeQuote(row, setting, amount,
                new FeeQuote.Breakdown(row.workRvu(), peRvu, row.mpRvu(), workGpci, peGpci, mpGpci, cf));
    }
}
