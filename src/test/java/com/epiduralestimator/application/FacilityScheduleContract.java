package com.epiduralestimator.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.cmsdata.BundledFacility;
import com.epiduralestimator.domain.AscPaymentIndicator;
import com.epiduralestimator.domain.FacilityPaymentTreatment;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.OppsStatusIndicator;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.StateFloor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link FacilitySchedule} does, whatever stores it, on the bundled CY2025 and CY2026 facility data
 * (figures: cms-facility README). Subclasses supply a store loaded with given years.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FacilityScheduleContract {
    protected static final List<FacilityData> BUNDLED = BundledFacility.loadAll();
    private FacilitySchedule schedule;

    protected abstract FacilitySchedule scheduleLoadedWith(List<FacilityData> years);

    @BeforeAll
    void loadBundled() {
        schedule = scheduleLoadedWith(BUNDLED);
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aSliceHasTheCodesRatesTheAreaAndItsStatesFloors() {
        FacilitySlice slice = schedule.slice(new FacilitySliceRequest(2026, Set.of("62321", "64484"),
                Optional.of("12420")));

        assertThat(slice.loadedYears()).containsExactly(2025, 2026);
        assertThat(slice.types()).containsExactlyInAnyOrder(FacilityType.values());
        FacilityRate r62321 = slice.rates().get("62321");
        assertThat(r62321.opps().orElseThrow().status()).isEqualTo("T");
        assertThat(r62321.opps().orElseThrow().apc()).contains("5442");
        assertThat(r62321.opps().orElseThrow().rate()).isEqualByComparingTo("721.17");
        assertThat(r62321.asc().orElseThrow().paymentIndicator()).isEqualTo("G2");
        assertThat(r62321.asc().orElseThrow().rate()).isEqualByComparingTo("387.46");
        assertThat(r62321.asc().orElseThrow().discounted()).isTrue();
        FacilityRate r64484 = slice.rates().get("64484");
        assertThat(r64484.opps().orElseThrow().status()).isEqualTo("N");
        assertThat(r64484.opps().orElseThrow().apc()).isEmpty();
        assertThat(r64484.asc().orElseThrow().paymentIndicator()).isEqualTo("N1");
        assertThat(slice.area()).hasValueSatisfying(a -> {
            assertThat(a.states()).containsExactly("TX");
            assertThat(a.oppsGeographic().orElseThrow()).isEqualByComparingTo("0.9229");
            assertThat(a.ascIndex().orElseThrow()).isEqualByComparingTo("0.9660");
        });
        assertThat(slice.floors()).containsOnlyKeys("TX");
        assertThat(slice.floors().get("TX").ruralFloor().orElseThrow()).isEqualByComparingTo("0.9721");
    }

    @Test
    void eachYearHasItsOwnRatesAndIndexes() {
        FacilitySlice slice = schedule.slice(new FacilitySliceRequest(2025, Set.of("64483"), Optional.of("12420")));
        assertThat(slice.rates().get("64483").opps().orElseThrow().rate()).isEqualByComparingTo("890.29");
        assertThat(slice.rates().get("64483").asc().orElseThrow().rate()).isEqualByComparingTo("477.94");
        assertThat(slice.area().orElseThrow().oppsGeographic().orElseThrow()).isEqualByComparingTo("0.9485");
        assertThat(slice.area().orElseThrow().ascIndex().orElseThrow()).isEqualByComparingTo("0.988");
        assertThat(slice.floors().get("TX").ruralFloor().orElseThrow()).isEqualByComparingTo("0.8957");
    }

    @Test
    void aCbsaAcrossStatesCarriesTheFloorsOfEach() {
        FacilitySlice slice = schedule.slice(new FacilitySliceRequest(2026, Set.of("62321"), Optional.of("48864")));
        assertThat(slice.area().orElseThrow().states()).containsExactly("DE", "MD", "NJ");
        assertThat(slice.floors()).containsOnlyKeys("DE", "MD", "NJ");
        StateFloor nj = slice.floors().get("NJ");
        assertThat(nj.ruralFloor()).isEmpty();
        assertThat(nj.imputedFloor().orElseThrow()).isEqualByComparingTo("1.1687");
    }

    @Test
    void aStatesRuralAreaIsAnArea() {
        FacilitySlice slice = schedule.slice(new FacilitySliceRequest(2026, Set.of("62321"), Optional.of("45")));
        assertThat(slice.area().orElseThrow().name()).isEqualTo("TEXAS");
        assertThat(slice.area().orElseThrow().oppsGeographic().orElseThrow()).isEqualByComparingTo("0.9721");
    }

    @Test
    void whatTheYearLacksIsMissingNotInvented() {
        FacilitySlice slice = schedule.slice(new FacilitySliceRequest(2026, Set.of("99999", "62321"),
                Optional.of("00000")));
        assertThat(slice.rates()).containsOnlyKeys("62321");
        assertThat(slice.area()).isEmpty();
        assertThat(slice.floors()).isEmpty();
        FacilitySlice noPlace = schedule.slice(new FacilitySliceRequest(2026, Set.of("62321"), Optional.empty()));
        assertThat(noPlace.area()).isEmpty();
        // the neurolytic codes: the inferred assignment lacked them; Addendum B has them (T, 903.63 = APC 5443)
        FacilitySlice neurolytic = schedule.slice(new FacilitySliceRequest(2026, Set.of("62281"), Optional.empty()));
        assertThat(neurolytic.rates().get("62281").opps().orElseThrow().rate()).isEqualByComparingTo("903.63");
        assertThat(neurolytic.rates().get("62281").asc().orElseThrow().rate()).isEqualByComparingTo("485.51");
    }

    @Test
    void aYearNotLoadedSaysWhichAre() {
        FacilitySlice slice = schedule.slice(new FacilitySliceRequest(2027, Set.of("62321"), Optional.of("12420")));
        assertThat(slice.yearLoaded()).isFalse();
        assertThat(slice.loadedYears()).containsExactly(2025, 2026);
        assertThat(slice.rates()).isEmpty();
    }

    /** CY2026 from the test excerpts of Addendum B (January, April) and Addendum AA (April), every code they list. */
    private FacilitySchedule painPractice2026() {
        return scheduleLoadedWith(List.of(com.epiduralestimator.cmsdata.FacilityDataGenerator
                .derive(java.nio.file.Path.of("src/test/resources/cms-facility-excerpt"), 2026).data()));
    }

    @Test
    void anyCodeIsAnsweredWithItsStatusIndicatorAndWhatItMeansForPayment() {
        FacilitySlice slice = painPractice2026().slice(new FacilitySliceRequest(2026, Set.of("64633", "64634",
                "27096", "G0260", "99213", "G0463", "J3300", "J1100", "64492"), Optional.empty()));

        FacilityRate rfa = slice.rates().get("64633");
        assertThat(rfa.opps().orElseThrow().status()).isEqualTo("J1");
        assertThat(rfa.opps().orElseThrow().apc()).contains("5431"); // 1995.02 is APC 5431's rate (J1)
        assertThat(rfa.opps().orElseThrow().rate()).isEqualByComparingTo("1995.02");
        assertThat(rfa.oppsStatus()).contains(OppsStatusIndicator.J1);
        assertThat(rfa.oppsStatus().orElseThrow().treatment()).isEqualTo(FacilityPaymentTreatment.COMPREHENSIVE);
        assertThat(rfa.asc().orElseThrow().rate()).isEqualByComparingTo("948.66");
        assertThat(rfa.ascIndicator()).contains(AscPaymentIndicator.G2);
        assertThat(slice.rates().get("64634").oppsStatus()).contains(OppsStatusIndicator.N);
        assertThat(slice.rates().get("64634").ascIndicator().orElseThrow().packaged()).isTrue();
        // 27096 is B for a hospital (it bills G0260, T at 721.17, APC 5442); an ASC has no 27096 either
        FacilityRate si = slice.rates().get("27096");
        assertThat(si.oppsStatus().orElseThrow().treatment())
                .isEqualTo(FacilityPaymentTreatment.NOT_PAYABLE_USE_OTHER_CODE);
        assertThat(si.asc()).isEmpty();
        assertThat(slice.rates().get("G0260").opps().orElseThrow().rate()).isEqualByComparingTo("721.17");
        assertThat(slice.rates().get("G0260").opps().orElseThrow().apc()).contains("5442");
        assertThat(slice.rates().get("G0260").asc().orElseThrow().paymentIndicator()).isEqualTo("A2");
        assertThat(slice.rates().get("99213").oppsStatus()).contains(OppsStatusIndicator.B);
        assertThat(slice.rates().get("G0463").opps().orElseThrow().rate()).isEqualByComparingTo("136.02");
        assertThat(slice.rates().get("J3300").oppsStatus().orElseThrow().paidOnComprehensiveClaim()).isTrue();
        assertThat(slice.rates().get("J1100").oppsStatus()).contains(OppsStatusIndicator.N);
        assertThat(slice.rates().get("64492").opps().orElseThrow().rate()).isEqualByComparingTo("0.00");
    }

    @Test
    void theDateOfServiceChoosesTheQuarterAndNoDateTheLatest() {
        FacilitySchedule schedule = painPractice2026();
        // J3300 per 1 mg: January 2026 Addendum B 24.491, April 2026 18.78 (a pass-through drug's rate moves)
        assertThat(schedule.slice(FacilitySliceRequest.on(java.time.LocalDate.of(2026, 3, 31), Set.of("J3300"),
                Optional.empty())).rates().get("J3300").opps().orElseThrow().rate()).isEqualByComparingTo("24.491");
        assertThat(schedule.slice(FacilitySliceRequest.on(java.time.LocalDate.of(2026, 4, 1), Set.of("J3300"),
                Optional.empty())).rates().get("J3300").opps().orElseThrow().rate()).isEqualByComparingTo("18.78");
        assertThat(schedule.slice(new FacilitySliceRequest(2026, Set.of("J3300"), Optional.empty())).rates()
                .get("J3300").opps().orElseThrow().rate()).isEqualByComparingTo("18.78");
        // a procedure's rate does not move within the year: 62321 is 721.17 in both quarters
        assertThat(schedule.slice(FacilitySliceRequest.on(java.time.LocalDate.of(2026, 1, 15), Set.of("62321"),
                Optional.empty())).rates().get("62321").opps().orElseThrow().rate()).isEqualByComparingTo("721.17");
    }
}
