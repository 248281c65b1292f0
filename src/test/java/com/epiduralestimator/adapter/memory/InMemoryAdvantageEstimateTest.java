package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.AdvantageEstimateContract;
import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleData;
import java.util.List;

/** The Medicare Advantage figures with the fee schedule and the facility data in memory. */
class InMemoryAdvantageEstimateTest extends AdvantageEstimateContract {
    @Override
    protected FeeSchedule feesLoadedWith(List<ScheduleData> years) {
        return new InMemoryFeeSchedule(years);
    }

    @Override
    protected FacilitySchedule facilitiesLoadedWith(List<FacilityData> years) {
        return new InMemoryFacilitySchedule(years);
    }
}
