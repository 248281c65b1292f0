package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.StateFloor;
import com.epiduralestimator.domain.WageArea;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The facility data's items in the fee table, by hand, under keys of their own (never the fee schedule's):
 *
 * <pre>
 * pk=FACILITY     sk=YEARS        version: N; years: M "2026" -> M {slot S, loadId S, types L of S};
 *                                 loading: M "2026" -> M {loadId S, startedAt N}
 * pk=F#2026#A     sk=C#62321      loadId: S; opps: M {si S, apc S?, rate N}?; asc: M {pi S, rate N, disc BOOL}?
 * pk=F#2026#A     sk=W#12420      loadId: S; name: S; states: L of S; geo: N?; asc: N?;
 *                                 floors: M state -> M {rural N?, imputed N?} (the floors of the area's states)
 * </pre>
 *
 * Two slots per year as for the fee schedule: a load writes the slot the pointer does not name, then flips it. The
 * floors are copied into each area's item so that one BatchGetItem (pointer, codes, area) answers a claim.
 */
final class FacilityItemMapper {
    static final String POINTER_PK = "FACILITY";
    static final String POINTER_SK = "YEARS";

    private FacilityItemMapper() {}

    record ActiveYear(String slot, String loadId, Set<FacilityType> types) {}

    record Loading(String loadId, long startedAtMillis) {}

    record Pointer(boolean exists, long version, Map<Integer, ActiveYear> years, Map<Integer, Loading> loading)
            implements SlotPointer.State {
        NavigableSet<Integer> loadedYears() {
            return new TreeSet<>(years.keySet());
        }
    }

    static Map<String, AttributeValue> pointerKey() {
        return key(POINTER_PK, POINTER_SK);
    }

    static String partition(int year, String slot) {
        return "F#" + year + "#" + slot;
    }

    static Map<String, AttributeValue> codeKey(int year, String slot, String code) {
        return key(partition(year, slot), "C#" + code);
    }

    static Map<String, AttributeValue> areaKey(int year, String slot, String cbsa) {
        return key(partition(year, slot), "W#" + cbsa);
    }

    static Pointer pointer(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return new Pointer(false, 0, Map.of(), Map.of());
        }
        Map<Integer, ActiveYear> years = new TreeMap<>();
        item.getOrDefault("years", AttributeValue.fromM(Map.of())).m().forEach((year, v) -> {
            Set<FacilityType> types = EnumSet.noneOf(FacilityType.class);
            v.m().get("types").l().forEach(t -> types.add(FacilityType.fromWire(t.s()).orElseThrow()));
            years.put(Integer.parseInt(year), new ActiveYear(v.m().get("slot").s(), v.m().get("loadId").s(), types));
        });
        Map<Integer, Loading> loading = new TreeMap<>();
        item.getOrDefault("loading", AttributeValue.fromM(Map.of())).m().forEach((year, v) ->
                loading.put(Integer.parseInt(year), new Loading(v.m().get("loadId").s(),
                        Long.parseLong(v.m().get("startedAt").n()))));
        return new Pointer(true, Long.parseLong(item.get("version").n()), years, loading);
    }

    static Map<String, AttributeValue> pointerItem(long version, Map<Integer, ActiveYear> years,
                                                   Map<Integer, Loading> loading) {
        Map<String, AttributeValue> y = new LinkedHashMap<>();
        years.forEach((year, a) -> y.put(String.valueOf(year), AttributeValue.fromM(Map.of(
                "slot", AttributeValue.fromS(a.slot()), "loadId", AttributeValue.fromS(a.loadId()),
                "types", AttributeValue.fromL(a.types().stream().sorted()
                        .map(t -> AttributeValue.fromS(t.wireName())).toList())))));
        Map<String, AttributeValue> l = new LinkedHashMap<>();
        loading.forEach((year, a) -> l.put(String.valueOf(year), AttributeValue.fromM(Map.of(
                "loadId", AttributeValue.fromS(a.loadId()),
                "startedAt", AttributeValue.fromN(Long.toString(a.startedAtMillis()))))));
        Map<String, AttributeValue> item = new HashMap<>(pointerKey());
        item.put("version", AttributeValue.fromN(Long.toString(version)));
        item.put("years", AttributeValue.fromM(y));
        item.put("loading", AttributeValue.fromM(l));
        return item;
    }

    static Map<String, AttributeValue> codeItem(int year, String slot, String loadId, FacilityRate rate) {
        Map<String, AttributeValue> item = new HashMap<>(codeKey(year, slot, rate.code()));
        item.put(FeeKeys.LOAD_ID, AttributeValue.fromS(loadId));
        rate.opps().ifPresent(o -> {
            Map<String, AttributeValue> m = new HashMap<>();
            m.put("si", AttributeValue.fromS(o.status()));
            o.apc().ifPresent(apc -> m.put("apc", AttributeValue.fromS(apc)));
            m.put("rate", number(o.rate()));
            item.put("opps", AttributeValue.fromM(m));
        });
        rate.asc().ifPresent(a -> item.put("asc", AttributeValue.fromM(Map.of(
                "pi", AttributeValue.fromS(a.paymentIndicator()), "rate", number(a.rate()),
                "disc", AttributeValue.fromBool(a.discounted())))));
        return item;
    }

    static FacilityRate rate(String code, Map<String, AttributeValue> item) {
        Optional<FacilityRate.Opps> opps = Optional.ofNullable(item.get("opps")).map(AttributeValue::m)
                .map(m -> new FacilityRate.Opps(m.get("si").s(), Optional.ofNullable(m.get("apc")).map(AttributeValue::s),
                        decimal(m.get("rate"))));
        Optional<FacilityRate.Asc> asc = Optional.ofNullable(item.get("asc")).map(AttributeValue::m)
                .map(m -> new FacilityRate.Asc(m.get("pi").s(), decimal(m.get("rate")), m.get("disc").bool()));
        return new FacilityRate(code, opps, asc);
    }

    static Map<String, AttributeValue> areaItem(int year, String slot, String loadId, WageArea area,
                                                Map<String, StateFloor> floors) {
        Map<String, AttributeValue> item = new HashMap<>(areaKey(year, slot, area.cbsa()));
        item.put(FeeKeys.LOAD_ID, AttributeValue.fromS(loadId));
        item.put("name", AttributeValue.fromS(area.name()));
        item.put("states", AttributeValue.fromL(area.states().stream().map(AttributeValue::fromS).toList()));
        area.oppsGeographic().ifPresent(v -> item.put("geo", number(v)));
        area.ascIndex().ifPresent(v -> item.put("asc", number(v)));
        Map<String, AttributeValue> f = new HashMap<>();
        for (String state : area.states()) {
            StateFloor floor = floors.get(state);
            if (floor != null) {
                Map<String, AttributeValue> m = new HashMap<>();
                floor.ruralFloor().ifPresent(v -> m.put("rural", number(v)));
                floor.imputedFloor().ifPresent(v -> m.put("imputed", number(v)));
                f.put(state, AttributeValue.fromM(m));
            }
        }
        item.put("floors", AttributeValue.fromM(f));
        return item;
    }

    static WageArea area(String cbsa, Map<String, AttributeValue> item) {
        List<String> states = new ArrayList<>();
        item.get("states").l().forEach(s -> states.add(s.s()));
        return new WageArea(cbsa, item.get("name").s(), states, Optional.ofNullable(item.get("geo")).map(FacilityItemMapper::decimal),
                Optional.ofNullable(item.get("asc")).map(FacilityItemMapper::decimal));
    }

    static Map<String, StateFloor> floors(Map<String, AttributeValue> areaItem) {
        Map<String, StateFloor> floors = new HashMap<>();
        areaItem.get("floors").m().forEach((state, v) -> floors.put(state, new StateFloor(state,
                Optional.ofNullable(v.m().get("rural")).map(FacilityItemMapper::decimal),
                Optional.ofNullable(v.m().get("imputed")).map(FacilityItemMapper::decimal))));
        return floors;
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(FeeKeys.PK, AttributeValue.fromS(pk), FeeKeys.SK, AttributeValue.fromS(sk));
    }

    private static AttributeValue number(BigDecimal value) {
        return AttributeValue.fromN(value.toPlainString());
    }

    private static BigDecimal decimal(AttributeValue value) {
        return new BigDecimal(value.n());
    }
}
