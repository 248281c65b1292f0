package com.epiduralestimator.application;

import static com.epiduralestimator.application.ScheduleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.domain.LocalityId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link FeeSchedule} does, whatever stores it. Subclasses supply a schedule loaded with given years. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FeeScheduleContract {
    private FeeSchedule schedule;

    /** A schedule holding exactly these years (a fresh store each call). */
    protected abstract FeeSchedule scheduleLoadedWith(List<ScheduleData> years);

    @BeforeAll
    void loadTwoYears() {
        schedule = scheduleLoadedWith(List.of(Y2024, Y2025));
    }

    private ScheduleSlice slice(SliceRequest request) {
        return normalized(schedule.slice(request));
    }

    @Test
    void sliceByLocalityHasTheYearTheCodeAndTheLocality() {
        ScheduleSlice slice = slice(byLocality(2025, SAN_FRANCISCO, "62321"));

        assertThat(slice.loadedYears()).containsExactly(2024, 2025);
        assertThat(slice.year()).hasValueSatisfying(y -> {
            assertThat(y.year()).isEqualTo(2025);
            assertThat(y.conversionFactor()).isEqualByComparingTo("32.3465");
        });
        assertThat(slice.rows()).isEqualTo(Map.of("62321", List.of(normalized(R62321))));
        assertThat(slice.zip()).isEmpty();
        assertThat(slice.locality()).contains(normalized(SF_2025));
    }

    @Test
    void theSliceCarriesTheYearsParametersAsLoaded() {
        // CY2025: CF $32.3465, Part B $257, Part A $1,676, OPPS CF $89.169, ASC CF $54.895, 2% sequestration,
        // Medigap K $7,060 / L $3,530, high-deductible F/G $2,870; no APM CF. CY2024 has fewer (no OPPS/ASC CF).
        assertThat(slice(codesOnly(2025, "62321")).year()).contains(normalized(com.epiduralestimator.TestSchedules.PARAMETERS_2025));
        assertThat(slice(codesOnly(2024, "62321")).year()).hasValueSatisfying(y -> {
            assertThat(y.partBDeductible()).isEqualByComparingTo("240");
            assertThat(y.oppsConversionFactor()).isEmpty();
            assertThat(y.apmConversionFactor()).isEmpty();
        });
    }

    @Test
    void sliceByZipResolvesTheZipsLocality() {
        ScheduleSlice slice = slice(byZip(2025, "35203", "62321"));

        assertThat(slice.zip()).contains(ZIP_35203);
        assertThat(slice.locality()).contains(normalized(AL_2025));
        assertThat(slice.locality().orElseThrow().workGpci()).isEqualByComparingTo("1.0");
    }

    @Test
    void aZipSplitByPlusFourSaysSo() {
        ScheduleSlice slice = slice(byZip(2025, "94128", "62321"));

        assertThat(slice.zip()).contains(ZIP_94128);
        assertThat(slice.zip().orElseThrow().splitByPlusFour()).isTrue();
        assertThat(slice.locality()).contains(normalized(SF_2025));
    }

    @Test
    void unknownLocalityIsEmptyButTheRestIsThere() {
        ScheduleSlice slice = slice(byLocality(2025, new LocalityId("0000000"), "62321"));

        assertThat(slice.year()).isPresent();
        assertThat(slice.rows()).containsOnlyKeys("62321");
        assertThat(slice.locality()).isEmpty();
    }

    @Test
    void unknownZipIsEmptyWhetherOrNotItsPrefixIsLoaded() {
        for (String zip : List.of("10001", "94199")) {
            ScheduleSlice slice = slice(byZip(2025, zip, "62321"));

            assertThat(slice.zip()).as(zip).isEmpty();
            assertThat(slice.locality()).as(zip).isEmpty();
            assertThat(slice.rows()).as(zip).containsOnlyKeys("62321");
        }
    }

    @Test
    void aZipWhoseLocalityTheYearLacksHasNoLocality() {
        ScheduleSlice slice = slice(byZip(2025, "96799", "62321"));

        assertThat(slice.zip()).contains(ZIP_ORPHAN);
        assertThat(slice.locality()).isEmpty();
    }

    @Test
    void yearNotLoadedListsTheLoadedYears() {
        ScheduleSlice slice = schedule.slice(byZip(2023, "94103", "62321"));

        assertThat(slice).isEqualTo(ScheduleSlice.yearNotLoaded(new TreeSet<>(List.of(2024, 2025))));
    }

    @Test
    void anEmptyStoreHasNoYears() {
        ScheduleSlice slice = scheduleLoadedWith(List.of()).slice(byLocality(2025, SAN_FRANCISCO, "62321"));

        assertThat(slice).isEqualTo(ScheduleSlice.yearNotLoaded(new TreeSet<>()));
    }

    @Test
    void severalCodesInOneSliceWithEveryModifierRowInOrder() {
        ScheduleSlice slice = slice(byLocality(2025, ALABAMA, "62321", "64479", "64480", "77003"));

        assertThat(slice.rows()).isEqualTo(Map.of(
                "62321", List.of(normalized(R62321)),
                "64479", List.of(normalized(R64479)),
                "64480", List.of(normalized(R64480)),
                "77003", List.of(normalized(R77003), normalized(R77003_26), normalized(R77003_TC))));
        assertThat(slice.rows().get("77003").get(2).facilityNa()).isTrue();
    }

    @Test
    void codesTheYearLacksAreAbsent() {
        ScheduleSlice slice = slice(byLocality(2024, SAN_FRANCISCO, "62321", "64479", "99999"));

        assertThat(slice.rows()).isEqualTo(Map.of("62321", List.of(normalized(R62321_2024))));
        assertThat(slice.locality()).contains(normalized(SF_2024));
        assertThat(slice.year().orElseThrow().conversionFactor()).isEqualByComparingTo("33.2875");
    }

    @Test
    void aLocalityMissingFromTheAskedYearIsEmptyEvenIfAnotherYearHasIt() {
        ScheduleSlice slice = slice(byLocality(2024, ALABAMA, "62321"));

        assertThat(slice.locality()).isEmpty();
    }

    @Test
    void withNeitherLocalityNorZipThereIsNoLocality() {
        ScheduleSlice slice = slice(codesOnly(2025, "62321"));

        assertThat(slice.year()).isPresent();
        assertThat(slice.zip()).isEmpty();
        assertThat(slice.locality()).isEmpty();
        assertThat(slice.rows()).containsOnlyKeys("62321");
    }

    @Test
    void noCodesStillGivesTheYearAndLocality() {
        ScheduleSlice slice = slice(new SliceRequest(2025, java.util.Set.of(), Optional.of(SAN_FRANCISCO), Optional.empty()));

        assertThat(slice.rows()).isEmpty();
        assertThat(slice.locality()).contains(normalized(SF_2025));
    }

    @Test
    void capsAreThoseOfTheAskedLocalityForEveryModifierRow() {
        ScheduleSlice slice = slice(byLocality(2025, ALABAMA, "77003", "62321"));

        assertThat(slice.caps()).containsOnlyKeys("77003");
        assertThat(slice.caps().get("77003")).containsExactlyInAnyOrder(
                normalized(CAP_77003_AL), normalized(CAP_77003_TC_AL));
        assertThat(slice.cap("77003", "TC")).contains(normalized(CAP_77003_TC_AL));
        assertThat(slice.cap("77003", "26")).isEmpty();
    }

    @Test
    void capsFollowTheZipsLocality() {
        ScheduleSlice slice = slice(byZip(2025, "94128", "77003"));

        assertThat(slice.caps()).isEqualTo(Map.of("77003", List.of(normalized(CAP_77003_SF))));
    }

    @Test
    void thereAreNoCapsWithoutALocality() {
        assertThat(slice(codesOnly(2025, "77003")).caps()).isEmpty();
        assertThat(slice(byLocality(2025, new LocalityId("0000000"), "77003")).caps()).isEmpty();
    }

    @Test
    void aYearWithTwoConversionFactorsKeepsBoth() {
        ScheduleSlice slice = normalized(scheduleLoadedWith(List.of(Y2026)).slice(codesOnly(2026, "62321")));

        assertThat(slice.year()).hasValueSatisfying(y -> {
            assertThat(y.conversionFactor()).isEqualByComparingTo("33.4009");
            assertThat(y.conversionFactor(true)).isEqualByComparingTo("33.5675");
        });
        assertThat(slice(codesOnly(2025, "62321")).year().orElseThrow().apmConversionFactor()).isEmpty();
    }
}
