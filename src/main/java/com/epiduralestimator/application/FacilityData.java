package com.epiduralestimator.application;

import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.StateFloor;
import com.epiduralestimator.domain.WageArea;
import java.util.EnumSet;
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

    /** The facility rate sets the year carries, each named by its type ({@link #rateSet}). */
    public Set<FacilityType> rateSetTypes() {
        Set<FacilityType> sets = EnumSet.noneOf(FacilityType.class);
        types.forEach(t -> sets.add(rateSet(t)));
        return Set.copyOf(sets);
    }

    /** The facility rate sets the year carries, as {@code GET /v1/schedules} names them: asc, hospital-outpatient. */
    public List<String> rateSets() {
        return rateSetNames(rateSetTypes());
    }

    /**
     * The rate set a facility type is priced from, named by its type: a non-excepted off-campus department is
     * priced from the hospital outpatient (OPPS) rates, so it has no rate set of its own.
     */
    public static FacilityType rateSet(FacilityType type) {
        return type.opps() ? FacilityType.HOSPITAL_OUTPATIENT : type;
    }

    /** Rate sets as {@code GET /v1/schedules} lists them: their API names, in order (asc, hospital-outpatient). */
    public static List<String> rateSetNames(Set<FacilityType> rateSets) {
        return rateSets.stream().map(FacilityType::wireName).sorted().toList();
    }
}
