package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilityRateSource;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FacilitySlice;
import com.epiduralestimator.application.FacilitySliceRequest;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityRateQuarters;
import com.epiduralestimator.domain.StateFloor;
import com.epiduralestimator.domain.WageArea;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The facility payment data held in memory: the local server's default and the twin of the DynamoDB adapter. A
 * code the loaded years lack is asked of the {@link FacilityRateSource}, if one is given (the bundled data of every
 * code, read lazily), for a loaded year only.
 */
public final class InMemoryFacilitySchedule implements FacilitySchedule {
    private final TreeMap<Integer, Year> years = new TreeMap<>();
    private final Optional<FacilityRateSource> everyCode;

    private record Year(FacilityData data, Map<String, FacilityRateQuarters> rates, Map<String, WageArea> areas,
                        Map<String, StateFloor> floors) {}

    public InMemoryFacilitySchedule(List<FacilityData> loaded) {
        this(loaded, Optional.empty());
    }

    public InMemoryFacilitySchedule(List<FacilityData> loaded, Optional<FacilityRateSource> everyCode) {
        this.everyCode = everyCode;
        for (FacilityData data : loaded) {
            Map<String, FacilityRateQuarters> rates = data.quarters();
            Map<String, WageArea> areas = new HashMap<>();
            data.areas().forEach(a -> areas.put(a.cbsa(), a));
            Map<String, StateFloor> floors = new HashMap<>();
            data.floors().forEach(f -> floors.put(f.state(), f));
            if (years.put(data.year(), new Year(data, rates, areas, floors)) != null) {
                throw new IllegalArgumentException("facility year " + data.year() + " given twice");
            }
        }
    }

    /** Each loaded year's facility rate sets (asc, hospital-outpatient). */
    public Map<Integer, List<String>> rateSets() {
        Map<Integer, List<String>> sets = new TreeMap<>();
        years.forEach((year, y) -> sets.put(year, y.data().rateSets()));
        return sets;
    }

    @Override
    public FacilitySlice slice(FacilitySliceRequest request) {
        TreeSet<Integer> loaded = new TreeSet<>(years.keySet());
        Year year = years.get(request.year());
        if (year == null) {
            return FacilitySlice.yearNotLoaded(loaded);
        }
        Map<String, FacilityRate> rates = new HashMap<>();
        request.codes().forEach(code -> {
            Optional<FacilityRateQuarters> quarters = Optional.ofNullable(year.rates().get(code))
                    .or(() -> everyCode.flatMap(s -> s.rates(request.year(), code)));
            quarters.ifPresent(q -> rates.put(code, q.on(request.dateOfService())));
        });
        Optional<WageArea> area = request.cbsa().map(year.areas()::get);
        Map<String, StateFloor> floors = new HashMap<>();
        area.ifPresent(a -> a.states().forEach(s -> {
            StateFloor floor = year.floors().get(s);
            if (floor != null) {
                floors.put(s, floor);
            }
        }));
        return new FacilitySlice(loaded, year.data().types(), rates, area, floors);
    }
}
