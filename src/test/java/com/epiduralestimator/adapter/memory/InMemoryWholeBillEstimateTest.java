package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.WholeBillEstimateContract;
import java.util.List;

class InMemoryWholeBillEstimateTest extends WholeBillEstimateContract {
    @Override
    protected FeeSchedule feesLoadedWith(List<ScheduleData> years) {
        return new InMemoryFeeSchedule(years);
    }

    @Override
    protected FacilitySchedule facilitiesLoadedWith(List<FacilityData> years) {
        return new InMemoryFacilitySchedule(years);
    }
}
