package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.application.FamilyCatalogResource;
import com.epiduralestimator.domain.FacilityPaymentTreatment;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FamilyCode;
import com.epiduralestimator.domain.ProcedureFamily;
import org.junit.jupiter.api.Test;

/** The two foundations agree: every family code has its facility rates in the bundle, as its billing says. */
class FamilyFacilityRatesTest {
    @Test
    void everyFamilyCodeHasAHospitalStatusThatMatchesWhoBillsIt() {
        BundledFacilityCodes codes = new BundledFacilityCodes();
        for (int year : new int[] {2025, 2026}) {
            for (ProcedureFamily family : FamilyCatalogResource.load().families()) {
                for (FamilyCode code : family.codes()) {
                    FacilityRate rate = codes.rates(year, code.code().value()).orElseThrow().latest();
                    FacilityPaymentTreatment opps = rate.oppsStatus().orElseThrow().treatment();
                    String where = year + " " + code.code().value();
                    if (code.billedBy() == FamilyCode.BilledBy.PHYSICIAN) {
                        // 27096: status B, the hospital bills G0260 (T, APC 5442)
                        assertThat(opps).as(where).isEqualTo(FacilityPaymentTreatment.NOT_PAYABLE_USE_OTHER_CODE);
                        FacilityRate facility = codes.rates(year, code.facilityCode().orElseThrow().value())
                                .orElseThrow().latest();
                        assertThat(facility.opps().orElseThrow().status()).as(where).isEqualTo("T");
                    } else {
                        assertThat(opps).as(where).isIn(FacilityPaymentTreatment.SEPARATE_DISCOUNTED,
                                FacilityPaymentTreatment.COMPREHENSIVE, FacilityPaymentTreatment.PACKAGED);
                        // an add-on is packaged (N), a first level is paid (T, or J1 for the RFA)
                        assertThat(opps == FacilityPaymentTreatment.PACKAGED).as(where).isEqualTo(code.addOn());
                    }
                }
            }
            // the RFA is comprehensive: 64633/64635 J1 ($1,952.77 in 2025, $1,995.02 in 2026, APC 5431)
            assertThat(codes.rates(year, "64635").orElseThrow().latest().opps().orElseThrow().status()).isEqualTo("J1");
        }
    }
}
