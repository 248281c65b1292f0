package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A code's national unadjusted facility rates for one year: the OPPS status indicator, APC and payment rate, and the
 * ASC payment indicator, rate and multiple-procedure discount flag. Either side may be absent (a code an ASC may not
 * bill, or one the OPPS file lacks).
 */
public record FacilityRate(String code, Optional<Opps> opps, Optional<Asc> asc) {
    public FacilityRate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(opps, "opps");
        Objects.requireNonNull(asc, "asc");
    }

    /**
     * @param status OPPS status indicator: T (significant procedure, multiple-procedure discount), N (packaged), ...
     * @param apc    the APC, absent for a packaged code
     * @param rate   national unadjusted payment rate (0 when packaged)
     */
    public record Opps(String status, Optional<String> apc, BigDecimal rate) {
        public Opps {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(apc, "apc");
            Objects.requireNonNull(rate, "rate");
        }

        /** The status indicator's meaning for payment, or empty for a letter {@link OppsStatusIndicator} lacks. */
        public Optional<OppsStatusIndicator> indicator() {
            return OppsStatusIndicator.parse(status);
        }
    }

    /**
     * @param paymentIndicator ASC payment indicator (G2, A2, P3, N1 = packaged, ...)
     * @param rate             national unadjusted payment rate (0 when packaged)
     * @param discounted       subject to the multiple-procedure discount (Addendum AA "Y")
     */
    public record Asc(String paymentIndicator, BigDecimal rate, boolean discounted) {
        public Asc {
            Objects.requireNonNull(paymentIndicator, "paymentIndicator");
            Objects.requireNonNull(rate, "rate");
        }

        /** The payment indicator's meaning, or empty for one {@link AscPaymentIndicator} lacks. */
        public Optional<AscPaymentIndicator> indicator() {
            return AscPaymentIndicator.parse(paymentIndicator);
        }
    }

    /** The OPPS status indicator's meaning, when the code has an OPPS side and the letter is known. */
    public Optional<OppsStatusIndicator> oppsStatus() {
        return opps.flatMap(Opps::indicator);
    }

    /** The ASC payment indicator's meaning, when the code has an ASC side and the indicator is known. */
    public Optional<AscPaymentIndicator> ascIndicator() {
        return asc.flatMap(Asc::indicator);
    }
}
