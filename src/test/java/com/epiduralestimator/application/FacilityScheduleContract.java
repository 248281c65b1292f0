package com.epiduralestimator.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.cmsdata.BundledFacility;
import com.epiduralestimator.domain.FacilityRate;
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
        // the neurolytic codes have an ASC rate and no OPPS assignment here
        FacilitySlice neurolytic = schedule.slice(new FacilitySliceRequest(2026, Set.of("62281"), Optional.empty()));
        assertThat(neurolytic.rates().get("62281").opps()).isEmpty();
        assertThat(neurolytic.rates().get("62281").asc().orElseThrow().rate()).isEqualByComparingTo("485.51");
    }

    @Test
    void aYearNotLoadedSaysWhichAre() {
        FacilitySlice slice = schedule.slice(new FacilitySliceRequest(2027, Set.of("62321"), Optional.of("12420")));
        assertThat(slice.yearLoaded()).isFalse();
        assertThat(slice.loadedYears()).containsExactly(2025, 2026);
        assertThat(slice.rates()).isEmpty();
    }
}
