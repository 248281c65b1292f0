package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.CmsFeesContract;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.ScheduleFeed;
import java.util.Arrays;

class InMemoryCmsFeesTest extends CmsFeesContract {
    @Override
    protected FeeSchedule scheduleLoadedWith(ScheduleFeed... feeds) {
        return new InMemoryFeeSchedule(Arrays.stream(feeds).map(ScheduleData::of).toList());
    }
}
