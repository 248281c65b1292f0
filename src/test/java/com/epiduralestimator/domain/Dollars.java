package com.epiduralestimator.domain;

import java.math.BigDecimal;

/** Money as a test writes it: {@code dollars("276.56")}, {@code dollars("283")} (= 283.00). */
public final class Dollars {
    private Dollars() {}

    public static Money dollars(String amount) {
        return Money.of(new BigDecimal(amount));
    }
}
