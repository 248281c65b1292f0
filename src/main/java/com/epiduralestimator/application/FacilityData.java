package com.epiduralestimator.application;

import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.StateFloor;
import com.epiduralestimator.domain.WageArea;
import java.util.List;
import java.util.Set;

/**
 * One year's facility payment data as loaded: each code's OPPS and ASC rates, the wage areas (CBSAs and states'
 * rural areas) with their OPPS and ASC indexes, and each state's OPPS floors.
 *
 * @param types which facility types the year can price ({@code hospital-outpatient} needs the OPPS rates and wage
 *              index, {@code asc} the ASC's)
 */
public record FacilityData(int year, Set<FacilityType> types, List<FacilityRate> rates, List<WageArea> areas,
                           List<StateFloor> floors) {
    public FacilityData {
        types = Set.copyOf(types);
        rates = List.copyOf(rates);
        areas = List.copyOf(areas);
        floors = List.copyOf(floors);
    }

    /** The facility rate sets the year carries, as {@code GET /v1/schedules} names them: asc, hospital-outpatient. */
    public List<String> rateSets() {
        java.util.TreeSet<String> sets = new java.util.TreeSet<>();
        types.forEach(t -> sets.add(t.opps() ? FacilityType.HOSPITAL_OUTPATIENT.wireName() : t.wireName()));
        return List.copyOf(sets);
    }
}
