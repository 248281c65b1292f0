package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.ClaimsEstimateContract;
import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.SessionLedger;
import java.util.List;

/** Issue 18's claims on the in-memory stores. */
class InMemoryClaimsEstimateTest extends ClaimsEstimateContract {
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
