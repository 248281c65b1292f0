package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityRateQuarters;
import com.epiduralestimator.domain.SupersededFacilityRate;
import com.epiduralestimator.domain.StateFloor;
import com.epiduralestimator.domain.WageArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The facility data's code and wage-area items, by hand (keys: {@link FacilityKeys}; the pointer naming the active
 * slot: {@link FacilityPointer}):
 *
 * <pre>
 * pk=F#2026#A     sk=C#62321      loadId: S; opps: M {si S, apc S?, rate N}?; asc: M {pi S, rate N, disc BOOL}?;
 *                                 before: L of M {until S, opps M?, asc M?}? (earlier quarters' rates, when they
 *                                 differ: in force before "until", an ISO date)
 * pk=F#2026#A     sk=W#12420      loadId: S; name: S; states: L of S; geo: N?; asc: N?;
 *                                 floors: M state -> M {rural N?, imputed N?} (the floors of the area's states)
 * </pre>
 *
 * The floors are copied into each area's item so that one BatchGetItem (pointer, codes, area) answers a claim.
 */
final class FacilityItemMapper {
    private FacilityItemMapper() {}

    static Map<String, AttributeValue> codeItem(int year, String slot, String loadId, FacilityRate rate) {
        return codeItem(year, slot, loadId, FacilityRateQuarters.of(rate));
    }

    static Map<String, AttributeValue> codeItem(int year, String slot, String loadId, FacilityRateQuarters rates) {
        Map<String, AttributeValue> item = new HashMap<>(FacilityKeys.codeKey(year, slot, rates.code()));
        item.put(FeeKeys.LOAD_ID, AttributeValue.fromS(loadId));
        item.putAll(sides(rates.latest()));
        if (!rates.earlier().isEmpty()) {
            List<AttributeValue> before = new ArrayList<>();
            for (SupersededFacilityRate e : rates.earlier()) {
                Map<String, AttributeValue> m = new HashMap<>(sides(e.rate()));
                m.put("until", AttributeValue.fromS(e.until().toString()));
                before.add(AttributeValue.fromM(m));
            }
            item.put("before", AttributeValue.fromL(before));
        }
        return item;
    }

    private static Map<String, AttributeValue> sides(FacilityRate rate) {
        Map<String, AttributeValue> item = new HashMap<>();
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

    /** The code's rates through the year: the item's own, and its earlier quarters' when it has them. */
    static FacilityRateQuarters rates(String code, Map<String, AttributeValue> item) {
        List<SupersededFacilityRate> earlier = new ArrayList<>();
        Optional.ofNullable(item.get("before")).map(AttributeValue::l).orElse(List.of()).forEach(b ->
                earlier.add(new SupersededFacilityRate(LocalDate.parse(b.m().get("until").s()), rate(code, b.m()))));
        return new FacilityRateQuarters(rate(code, item), earlier);
    }

    static Map<String, AttributeValue> areaItem(int year, String slot, String loadId, WageArea area,
                                                Map<String, StateFloor> floors) {
        Map<String, AttributeValue> item = new HashMap<>(FacilityKeys.areaKey(year, slot, area.cbsa()));
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

    private static AttributeValue number(BigDecimal value) {
        return AttributeValue.fromN(value.toPlainString());
    }

    private static BigDecimal decimal(AttributeValue value) {
        return new BigDecimal(value.n());
    }
}
