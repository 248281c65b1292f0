package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** Who pays what for one session. Every figure is rounded half-up to cents. */
public record Payment(BigDecimal allowed, BigDecimal deductibleApplied, BigDecimal coinsurance,
                      BigDecimal patientPays, BigDecimal medicarePays, BigDecimal medicarePaysAfterSequestration,
                      Optional<BigDecimal> limitingCharge) {}
