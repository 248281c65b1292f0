package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of CMS's national RVU file (PPRRVU): a HCPCS code with one modifier (blank, 26, TC, 53).
 * No descriptor: CPT descriptors are AMA-copyrighted and never stored.
 *
 * @param modifier           "" for the global service, else "26", "TC", "53"
 * @param status             CMS status code (A, R, T are priced; see {@link StatusCode})
 * @param nonFacilityNa      CMS's "NA" indicator: rarely or never performed in the non-facility setting
 * @param facilityNa         CMS's "NA" indicator for the facility setting
 * @param multipleProcedure  MULT PROC indicator (2 = standard multiple-procedure rule, 0 = none, e.g. add-ons)
 * @param bilateral          BILAT SURG indicator (1 = 150% with modifier 50, 9 = concept does not apply)
 */
public record FeeRow(
        String code,
        String modifier,
        char status,
        BigDecimal workRvu,
        BigDecimal nonFacilityPeRvu,
        boolean nonFacilityNa,
        BigDecimal facilityPeRvu,
        boolean facilityNa,
        BigDecimal mpRvu,
        String pctc,
        String globalDays,
        int multipleProcedure,
        int bilateral) {

    public FeeRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(workRvu, "workRvu");
        Objects.requireNonNull(nonFacilityPeRvu, "nonFacilityPeRvu");
        Objects.requireNonNull(facilityPeRvu, "facilityPeRvu");
        Objects.requireNonNull(mpRvu, "mpRvu");
        pctc = pctc == null ? "" : pctc;
        globalDays = globalDays == null ? "" : globalDays;
    }

    public BigDecimal peRvu(Setting setting) {
        return setting == Setting.FACILITY ? facilityPeRvu : nonFacilityPeRvu;
    }

    public boolean notApplicableIn(Setting setting) {
        return setting == Setting.FACILITY ? facilityNa : nonFacilityNa;
    }
}
