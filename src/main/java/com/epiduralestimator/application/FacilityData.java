package com.epiduralestimator.application;

import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.StateFloor;
import com.epiduralestimator.domain.SupersededFacilityRate;
import com.epiduralestimator.domain.WageArea;
import com.epiduralestimator.domain.FacilityRateQuarters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * One year's facility payment data as loaded: each code's OPPS and ASC rates, the wage areas (CBSAs and states'
 * rural areas) with their OPPS and ASC indexes, and each state's OPPS floors.
 *
 * @param types      which facility types the year can price ({@code hospital-outpatient} needs the OPPS rates and
 *                   wage index, {@code asc} the ASC's)
 * @param rates      each code's rates in the year's latest quarter (what a request without a date of service gets)
 * @param superseded the earlier quarters' rates of codes whose rates changed during the year (by date of service)
 */
public record FacilityData(int year, Set<FacilityType> types, List<FacilityRate> rates, List<WageArea> areas,
                           List<StateFloor> floors, List<SupersededFacilityRate> superseded) {
    public FacilityData {
        types = Set.copyOf(types);
        rates = List.copyOf(rates);
        areas = List.copyOf(areas);
        floors = List.copyOf(floors);
        superseded = List.copyOf(superseded);
    }

    /** A year with one set of rates for the whole year. */
    public FacilityData(int year, Set<FacilityType> types, List<FacilityRate> rates, List<WageArea> areas,
                        List<StateFloor> floors) {
        this(year, types, rates, areas, floors, List.of());
    }

    /** Each code's rates through the year, by code. */
    public Map<String, FacilityRateQuarters> quarters() {
        Map<String, List<SupersededFacilityRate>> earlier = new HashMap<>();
        superseded.forEach(s -> earlier.computeIfAbsent(s.rate().code(), c -> new ArrayList<>()).add(s));
        Map<String, FacilityRateQuarters> byCode = new HashMap<>();
        rates.forEach(r -> byCode.put(r.code(), new FacilityRateQuarters(r, earlier.getOrDefault(r.code(),
                List.of()))));
        return byCode;
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
