package com.epiduralestimator.domain;

/** The patient's whole bill: each figure summed over the claims (physician's, facility's). */
public record BillTotal(Money allowed, Money patientPays, Money supplementalPays,
                        Money patientOwes, Money medicarePaysAfterSequestration) {
    public static final BillTotal ZERO = new BillTotal(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public BillTotal plus(Payment claim, SupplementalCoverage.Share share) {
        return new BillTotal(allowed.plus(claim.allowed()), patientPays.plus(claim.patientPays()),
                supplementalPays.plus(share.supplementalPays()), patientOwes.plus(share.patientOwes()),
                medicarePaysAfterSequestration.plus(claim.medicarePaysAfterSequestration()));
    }
}
