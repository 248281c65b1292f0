package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.EncounterEstimateContract;
import com.epiduralestimator.application.EditStore;
import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.SessionLedger;
import java.util.List;

/** Issue 19's office encounter (the drug at the ASP limit) on the in-memory stores. */
class InMemoryEncounterEstimateTest extends EncounterEstimateContract {
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

    @Override
    protected EditStore editStore() {
        return new InMemoryEditStore();
    }
}
