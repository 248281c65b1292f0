package com.epiduralestimator.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.domain.FacilityType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The facility rate sets a year carries: one per payment system (OPPS, ASC), each named by its type; the API lists
 * them as {@code GET /v1/schedules} shows them (asc, hospital-outpatient).
 */
class FacilityDataRateSetsTest {

    @ParameterizedTest
    @CsvSource({"HOSPITAL_OUTPATIENT, HOSPITAL_OUTPATIENT", "HOSPITAL_OUTPATIENT_OFF_CAMPUS, HOSPITAL_OUTPATIENT",
            "ASC, ASC"})
    void eachTypeIsPricedFromItsRateSet(FacilityType type, FacilityType rateSet) {
        assertThat(FacilityData.rateSet(type)).isEqualTo(rateSet);
    }

    @Test
    void aYearOfEveryTypeCarriesTwoRateSets() {
        FacilityData year = year(EnumSet.allOf(FacilityType.class));
        assertThat(year.rateSetTypes()).containsExactlyInAnyOrder(FacilityType.HOSPITAL_OUTPATIENT, FacilityType.ASC);
        assertThat(year.rateSets()).containsExactly("asc", "hospital-outpatient");
    }

    @Test
    void anOffCampusOnlyYearCarriesTheHospitalOutpatientRates() {
        FacilityData year = year(Set.of(FacilityType.HOSPITAL_OUTPATIENT_OFF_CAMPUS));
        assertThat(year.rateSetTypes()).containsExactly(FacilityType.HOSPITAL_OUTPATIENT);
        assertThat(year.rateSets()).containsExactly("hospital-outpatient");
        assertThat(year(Set.of()).rateSets()).isEmpty();
    }

    @Test
    void theApiNamesAreListedInOrder() {
        assertThat(FacilityData.rateSetNames(Set.of(FacilityType.HOSPITAL_OUTPATIENT, FacilityType.ASC)))
                .isEqualTo(List.of("asc", "hospital-outpatient"));
    }

    private static FacilityData year(Set<FacilityType> types) {
        return new FacilityData(2026, types, List.of(), List.of(), List.of());
    }
}
