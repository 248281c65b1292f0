package com.epiduralestimator.adapter.memory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.FeeScheduleContract;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.ScheduleFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryFeeScheduleTest extends FeeScheduleContract {
    @Override
    protected FeeSchedule scheduleLoadedWith(List<ScheduleData> years) {
        return new InMemoryFeeSchedule(years);
    }

    @Test
    void aYearGivenTwiceIsRefused() {
        assertThatThrownBy(() -> new InMemoryFeeSchedule(List.of(ScheduleFixtures.Y2025, ScheduleFixtures.Y2025)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
