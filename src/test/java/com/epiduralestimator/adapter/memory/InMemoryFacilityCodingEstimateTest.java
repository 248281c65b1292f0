package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.FacilityCodingEstimateContract;
import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.SessionLedger;
import java.util.List;

/** Issue 19's facility claim coding (G0260, G0463, drugs by status, the hospital NCCI table) on the in-memory stores. */
class InMemoryFacilityCodingEstimateTest extends FacilityCodingEstimateContract {
    @Override
    protected FeeSchedule feesLoadedWith(List<ScheduleData> years) {
        return new InMemoryFeeSchedule(years);
    }

    @Override
    protected FacilitySchedule facilitiesLoadedWith(List<FacilityData> years) {
        return new InMemoryFacilitySchedule(years);
    }

    @Override
    protected SessionLedger newLedger() {
        return new InMemorySessionLedger();
    }
}
