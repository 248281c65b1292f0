package com.epiduralestimator.adapter.memory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FacilityScheduleContract;
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
}
