package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.domain.FacilityType;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The facility pointer ({@code pk=FACILITY sk=YEARS}, {@link FacilityKeys}) as read, and its item, by hand:
 *
 * <pre>
 * version: N; years: M "2026" -> M {slot S, loadId S, types L of S};
 *             loading: M "2026" -> M {loadId S, startedAt N}
 * </pre>
 *
 * Two slots per year as for the fee schedule ({@link SlotPointer}): a load writes the slot the pointer does not
 * name, then flips it. The types are stored under the table's own names ({@link FeeTableStorageNames}), not the
 * API's. {@code exists} is false before the first load.
 */
record FacilityPointer(boolean exists, long version, Map<Integer, ActiveYear> years, Map<Integer, Loading> loading)
        implements SlotPointer.State {

    /** A year's active slot and load, and the facility types its data can price. */
    record ActiveYear(String slot, String loadId, Set<FacilityType> types) {}

    /** A load in progress: it owns the slot until it flips the pointer or gives up. */
    record Loading(String loadId, long startedAtMillis) {}

    NavigableSet<Integer> loadedYears() {
        return new TreeSet<>(years.keySet());
    }

    /** The pointer an item holds (absent: no year loaded). */
    static FacilityPointer of(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return new FacilityPointer(false, 0, Map.of(), Map.of());
        }
        Map<Integer, ActiveYear> years = new TreeMap<>();
        item.getOrDefault("years", AttributeValue.fromM(Map.of())).m().forEach((year, v) -> {
            Set<FacilityType> types = EnumSet.noneOf(FacilityType.class);
            v.m().get("types").l().forEach(t -> types.add(FeeTableStorageNames.facilityType(t.s(),
                    "facility pointer's types")));
            years.put(Integer.parseInt(year), new ActiveYear(v.m().get("slot").s(), v.m().get("loadId").s(), types));
        });
        Map<Integer, Loading> loading = new TreeMap<>();
        item.getOrDefault("loading", AttributeValue.fromM(Map.of())).m().forEach((year, v) ->
                loading.put(Integer.parseInt(year), new Loading(v.m().get("loadId").s(),
                        Long.parseLong(v.m().get("startedAt").n()))));
        return new FacilityPointer(true, Long.parseLong(item.get("version").n()), years, loading);
    }

    /** The item of a pointer with these years and loads. */
    static Map<String, AttributeValue> item(long version, Map<Integer, ActiveYear> years,
                                            Map<Integer, Loading> loading) {
        Map<String, AttributeValue> y = new LinkedHashMap<>();
        years.forEach((year, a) -> y.put(String.valueOf(year), AttributeValue.fromM(Map.of(
                "slot", AttributeValue.fromS(a.slot()), "loadId", AttributeValue.fromS(a.loadId()),
                "types", AttributeValue.fromL(a.types().stream().sorted()
                        .map(t -> AttributeValue.fromS(FeeTableStorageNames.facilityType(t))).toList())))));
        Map<String, AttributeValue> l = new LinkedHashMap<>();
        loading.forEach((year, a) -> l.put(String.valueOf(year), AttributeValue.fromM(Map.of(
                "loadId", AttributeValue.fromS(a.loadId()),
                "startedAt", AttributeValue.fromN(Long.toString(a.startedAtMillis()))))));
        Map<String, AttributeValue> item = new HashMap<>(FacilityKeys.pointerKey());
        item.put("version", AttributeValue.fromN(Long.toString(version)));
        item.put("years", AttributeValue.fromM(y));
        item.put("loading", AttributeValue.fromM(l));
        return item;
    }
}
