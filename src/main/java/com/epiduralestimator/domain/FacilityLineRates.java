package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one line of the facility's claim is paid, by its code's status (OPPS) or payment (ASC) indicator
 * (docs/facility-rates.md, "Coding the facility's claim"): the rate of one unit, whether it is packaged, discounted
 * when multiple, a drug paid per billing unit, or the claim's comprehensive (J1) line.
 */
final class FacilityLineRates {
    private FacilityLineRates() {}

    /**
     * @param packaged   no separate payment (OPPS N, ASC N1)
     * @param discounted the multiple-procedure discount applies (OPPS T, ASC discount flag Y)
     * @param drug       a separately paid drug (OPPS G or K, ASC K2): paid per billing unit at the national rate,
     *                   neither wage-adjusted nor reduced off campus (ASP + 6%), and paid even on a J1 claim when
     *                   pass-through
     */
    record Priced(String indicator, Optional<String> apc, BigDecimal rate, boolean packaged, boolean discounted,
                  boolean drug) {
        /** Paid separately even beside a comprehensive (J1) line: pass-through (OPPS G). */
        boolean paidOnComprehensiveClaim() {
            return indicator.equals("G");
        }
    }

    /** The claim's comprehensive (J1) line with the highest rate, or -1 (an ASC claim has none). */
    static int comprehensiveLine(FacilityType type, List<SessionLine> lines, Map<String, FacilityRate> rates) {
        int best = -1;
        BigDecimal bestRate = BigDecimal.ZERO;
        for (int i = 0; type.opps() && i < lines.size(); i++) {
            FacilityRate rate = rates.get(lines.get(i).code().value());
            Optional<FacilityRate.Opps> opps = rate == null ? Optional.empty() : rate.opps();
            if (opps.isPresent() && opps.get().status().equals("J1")
                    && (best < 0 || opps.get().rate().compareTo(bestRate) > 0)) {
                best = i;
                bestRate = opps.get().rate();
            }
        }
        return best;
    }

    /**
     * @throws UnsupportedRequestException FACILITY-RATE: a code without a rate of the facility's type, or a status
     *                                     this estimator does not price
     */
    static Priced priced(FacilityType type, HcpcsCode code, FacilityRate rate) {
        if (type.opps()) {
            FacilityRate.Opps opps = rate == null ? null : rate.opps().orElse(null);
            if (opps == null) {
                throw new UnsupportedRequestException("FACILITY-RATE", "facilityType", "No hospital outpatient"
                        + " (OPPS) rate is loaded for code " + code + ".");
            }
            return switch (opps.status()) {
                case "N" -> new Priced("N", opps.apc(), BigDecimal.ZERO, true, false, false);
                case "T" -> new Priced("T", opps.apc(), opps.rate(), false, true, false);
                // J2 (G0463, the clinic visit): paid by its own APC at its rate unless the claim qualifies for the
                // comprehensive observation APC (8 hours of observation, G0378), which an estimate does not model
                case "S", "J1", "J2" -> new Priced(opps.status(), opps.apc(), opps.rate(), false, false, false);
                case "G", "K" -> new Priced(opps.status(), opps.apc(), opps.rate(), false, false, true);
                default -> throw new UnsupportedRequestException("FACILITY-RATE", "facilityType", "Code " + code
                        + " has OPPS status " + opps.status() + ", which this estimator does not price"
                        + (opps.status().equals("B") ? " (not payable on a hospital's outpatient bill: the hospital"
                        + " reports another code)" : "") + ".");
            };
        }
        FacilityRate.Asc asc = rate == null ? null : rate.asc().orElse(null);
        if (asc == null) {
            return ascDrug(code, rate);
        }
        boolean packaged = asc.paymentIndicator().equals("N1");
        return new Priced(asc.paymentIndicator(), Optional.empty(), packaged ? BigDecimal.ZERO : asc.rate(), packaged,
                !packaged && asc.discounted(), false);
    }

    /**
     * A drug in an ASC: Addendum AA lists procedures only (drugs are in Addendum BB, not in the shared data). An ASC
     * is paid a separately payable drug (K2) at the OPPS rate (ASC payment indicator K2: "payment based on OPPS
     * rate"); a drug the OPPS packages (N) is packaged in an ASC too (N1).
     */
    private static Priced ascDrug(HcpcsCode code, FacilityRate rate) {
        Optional<FacilityRate.Opps> opps = rate == null ? Optional.empty() : rate.opps();
        if (FacilityCoding.drug(code) && opps.isPresent()) {
            switch (opps.get().status()) {
                case "N":
                    return new Priced("N1", Optional.empty(), BigDecimal.ZERO, true, false, false);
                case "G", "K":
                    return new Priced("K2", Optional.empty(), opps.get().rate(), false, false, true);
                default:
                    break;
            }
        }
        throw new UnsupportedRequestException("FACILITY-RATE", "facilityType", "No ASC rate is loaded for code "
                + code + ": an ASC may not be paid for it.");
    }
}
