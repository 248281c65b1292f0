package com.epiduralestimator.adapter.http;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.adapter.http.LambdaHarness.MutableClock;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.cmsdata.BundledSchedule;
import java.util.List;
import java.util.Map;

/** Issue #8 on the embedded store, seeded as {@code serve} seeds it. */
class InMemoryCurrentScheduleTest extends CurrentScheduleContract {
    private static final List<ScheduleData> BUNDLED = BundledSchedule.loadAll();

    @Override
    protected Services servicesLoadedWithTheBundledYears(MutableClock clock) {
        return DependencyFactory.memory(Config.from(Map.of()), BUNDLED, Config.DEVELOPMENT_PATIENT_KEY, clock);
    }
}
