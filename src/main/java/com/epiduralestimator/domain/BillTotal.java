package com.epiduralestimator.domain;

import java.math.BigDecimal;

/** The patient's whole bill: each figure summed over the claims (physician's, facility's). */
public record BillTotal(BigDecimal allowed, BigDecimal patientPays, BigDecimal supplementalPays,
                        BigDecimal patientOwes, BigDecimal medicarePaysAfterSequestration) {
    public static final BillTotal ZERO = new BillTotal(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public BillTotal plus(Payment claim, SupplementalCoverage.Share share) {
        return new BillTotal(allowed.add(claim.allowed()), patientPays.add(claim.patientPays()),
                supplementalPays.add(share.supplementalPays()), patientOwes.add(share.patientOwes()),
                medicarePaysAfterSequestration.add(claim.medicarePaysAfterSequestration()));
    }
}
