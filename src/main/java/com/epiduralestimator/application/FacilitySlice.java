package com.epiduralestimator.application;

import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.StateFloor;
import com.epiduralestimator.domain.WageArea;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the facility data one claim needs.
 *
 * @param loadedYears the years loaded, whatever was asked
 * @param types       the facility types the requested year can price; empty when the year is not loaded
 * @param rates       the requested codes' rates that the year has (absent codes are missing)
 * @param area        the requested wage area, empty when none was asked or the year lacks it
 * @param floors      the OPPS floors of the area's states, by postal code
 */
public record FacilitySlice(NavigableSet<Integer> loadedYears, Set<FacilityType> types,
                            Map<String, FacilityRate> rates, Optional<WageArea> area,
                            Map<String, StateFloor> floors) {
    public FacilitySlice {
        loadedYears = new TreeSet<>(loadedYears);
        types = Set.copyOf(types);
        rates = Map.copyOf(rates);
        floors = Map.copyOf(floors);
    }

    public static FacilitySlice yearNotLoaded(NavigableSet<Integer> loadedYears) {
        return new FacilitySlice(loadedYears, Set.of(), Map.of(), Optional.empty(), Map.of());
    }

    public boolean yearLoaded() {
        return !types.isEmpty();
    }
}
