package com.epiduralestimator.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FacilityScheduleContract;
import com.epiduralestimator.application.FacilitySlice;
import com.epiduralestimator.application.FacilitySliceRequest;
import com.epiduralestimator.cmsdata.BundledFacilityCodes;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryFacilityScheduleTest extends FacilityScheduleContract {
    @Override
    protected FacilitySchedule scheduleLoadedWith(List<FacilityData> years) {
        return new InMemoryFacilitySchedule(years);
    }

    @Test
    void aYearGivenTwiceIsRefused() {
        assertThatThrownBy(() -> new InMemoryFacilitySchedule(List.of(BUNDLED.get(0), BUNDLED.get(0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeTheEagerYearsLackIsReadFromTheBundledCodesForALoadedYearOnly() {
        InMemoryFacilitySchedule schedule = new InMemoryFacilitySchedule(BUNDLED,
                Optional.of(new BundledFacilityCodes()));
        FacilitySlice slice = schedule.slice(new FacilitySliceRequest(2026, Set.of("64633", "62321"),
                Optional.empty()));
        assertThat(slice.rates().get("64633").opps().orElseThrow().rate()).isEqualByComparingTo("1995.02");
        assertThat(slice.rates().get("62321").opps().orElseThrow().rate()).isEqualByComparingTo("721.17");
        assertThat(schedule.slice(new FacilitySliceRequest(2027, Set.of("64633"), Optional.empty())).yearLoaded())
                .isFalse();
        // without the source, the eager years answer the epidural family only
        assertThat(new InMemoryFacilitySchedule(BUNDLED).slice(new FacilitySliceRequest(2026, Set.of("64633"),
                Optional.empty())).rates()).isEmpty();
    }
}
