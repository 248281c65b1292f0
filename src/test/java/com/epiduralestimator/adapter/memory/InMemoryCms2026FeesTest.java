package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.Cms2026FeesContract;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.ScheduleFeed;
import java.util.Arrays;

class InMemoryCms2026FeesTest extends Cms2026FeesContract {
    @Override
    protected FeeSchedule scheduleLoadedWith(ScheduleFeed... feeds) {
        return new InMemoryFeeSchedule(Arrays.stream(feeds).map(ScheduleData::of).toList());
    }
}
