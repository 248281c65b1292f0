package com.epiduralestimator.application;

import java.util.List;
import java.util.Map;

/**
 * A fee schedule whose {@code loadedSchedules()} also name the facility rate sets held beside it, for a store whose
 * catalog does not record them (the in-memory default: the bundled facility data is not in its catalog). On
 * DynamoDB the facility load records them in the catalog itself.
 */
public final class FacilityRatesInCatalog implements FeeSchedule {
    private final FeeSchedule delegate;
    private final Map<Integer, List<String>> rateSets;

    public FacilityRatesInCatalog(FeeSchedule delegate, Map<Integer, List<String>> rateSets) {
        this.delegate = delegate;
        this.rateSets = Map.copyOf(rateSets);
    }

    @Override
    public ScheduleSlice slice(SliceRequest request) {
        return delegate.slice(request);
    }

    @Override
    public List<LoadedSchedule> loadedSchedules() {
        return delegate.loadedSchedules().stream().map(s -> new LoadedSchedule(s.parameters(), s.loadedAt(),
                s.source(), s.oppsCapLoaded(), rateSets.getOrDefault(s.year(), s.facilityRates()))).toList();
    }
}
