package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.YearParameters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The catalog item ({@code pk=CATALOG sk=YEARS}), by hand:
 *
 * <pre>
 * version: N; years: M "2025" -> M {slot S, loadId S, params M (the year's parameters by name: conversionFactor N,
 *                                   partBDeductible N, ...), loadedAt N (epoch ms), sources L of M {part, file,
 *                                   sha256}, oppsCap BOOL, facilityRates L of S (asc, hospital-outpatient)};
 *             loading: M "2025" -> M {slot S, loadId S, startedAt N}
 * </pre>
 *
 * The parameter names and rate set names are the table's own ({@link FeeTableStorageNames}), not the API's.
 */
final class FeeCatalogMapper {
    private FeeCatalogMapper() {}

    static FeeCatalog catalog(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return FeeCatalog.EMPTY;
        }
        Map<Integer, FeeCatalog.ActiveYear> years = new TreeMap<>();
        AttributeValue yearsValue = item.get("years");
        if (yearsValue != null && yearsValue.hasM()) {
            for (Map.Entry<String, AttributeValue> e : yearsValue.m().entrySet()) {
                int y = Integer.parseInt(e.getKey());
                years.put(y, activeYear(y, e.getValue().m()));
            }
        }
        Map<Integer, FeeCatalog.Loading> loading = new TreeMap<>();
        AttributeValue loadingValue = item.get("loading");
        if (loadingValue != null && loadingValue.hasM()) {
            for (Map.Entry<String, AttributeValue> e : loadingValue.m().entrySet()) {
                Map<String, AttributeValue> m = e.getValue().m();
                loading.put(Integer.parseInt(e.getKey()), new FeeCatalog.Loading(m.get("slot").s(),
                        m.get("loadId").s(), Long.parseLong(m.get("startedAt").n())));
            }
        }
        long version = item.containsKey("version") ? Long.parseLong(item.get("version").n()) : 0;
        return new FeeCatalog(true, version, years, loading);
    }

    private static FeeCatalog.ActiveYear activeYear(int year, Map<String, AttributeValue> m) {
        List<ScheduleSource> sources = new ArrayList<>();
        AttributeValue sourcesValue = m.get("sources");
        if (sourcesValue != null && sourcesValue.hasL()) {
            for (AttributeValue src : sourcesValue.l()) {
                sources.add(new ScheduleSource(src.m().get("part").s(), src.m().get("file").s(),
                        src.m().get("sha256").s()));
            }
        }
        Set<FacilityType> facilityRates = EnumSet.noneOf(FacilityType.class);
        AttributeValue ratesValue = m.get("facilityRates");
        if (ratesValue != null && ratesValue.hasL()) {
            for (AttributeValue r : ratesValue.l()) {
                facilityRates.add(FeeTableStorageNames.facilityType(r.s(), "fee catalog's facilityRates"));
            }
        }
        AttributeValue loadedAt = m.get("loadedAt");
        AttributeValue oppsCap = m.get("oppsCap");
        return new FeeCatalog.ActiveYear(m.get("slot").s(), m.get("loadId").s(), parameters(year, m.get("params")),
                loadedAt == null ? 0 : Long.parseLong(loadedAt.n()), sources,
                oppsCap != null && Boolean.TRUE.equals(oppsCap.bool()), facilityRates);
    }

    static Map<String, AttributeValue> catalogItem(Map<Integer, FeeCatalog.ActiveYear> years,
                                                   Map<Integer, FeeCatalog.Loading> loading, long version) {
        Map<String, AttributeValue> item = FeeKeys.catalogKey();
        Map<String, AttributeValue> yearsMap = new HashMap<>();
        years.forEach((year, a) -> {
            Map<String, AttributeValue> m = new HashMap<>();
            m.put("slot", AttributeValue.fromS(a.slot()));
            m.put("loadId", AttributeValue.fromS(a.loadId()));
            Map<String, AttributeValue> params = new HashMap<>();
            a.parameters().known().forEach((p, value) -> params.put(FeeTableStorageNames.parameter(p),
                    AttributeValue.fromN(value.toPlainString())));
            m.put("params", AttributeValue.fromM(params));
            m.put("loadedAt", AttributeValue.fromN(Long.toString(a.loadedAtMillis())));
            m.put("sources", AttributeValue.fromL(a.sources().stream().map(src -> AttributeValue.fromM(Map.of(
                    "part", AttributeValue.fromS(src.part()),
                    "file", AttributeValue.fromS(src.file()),
                    "sha256", AttributeValue.fromS(src.sha256())))).toList()));
            m.put("oppsCap", AttributeValue.fromBool(a.oppsCapLoaded()));
            m.put("facilityRates", AttributeValue.fromL(a.facilityRates().stream()
                    .map(FeeTableStorageNames::facilityType).sorted().map(AttributeValue::fromS).toList()));
            yearsMap.put(Integer.toString(year), AttributeValue.fromM(m));
        });
        Map<String, AttributeValue> loadingMap = new HashMap<>();
        loading.forEach((year, l) -> loadingMap.put(Integer.toString(year), AttributeValue.fromM(Map.of(
                "slot", AttributeValue.fromS(l.slot()),
                "loadId", AttributeValue.fromS(l.loadId()),
                "startedAt", AttributeValue.fromN(Long.toString(l.startedAtMillis()))))));
        item.put("years", AttributeValue.fromM(yearsMap));
        item.put("loading", AttributeValue.fromM(loadingMap));
        item.put("version", AttributeValue.fromN(Long.toString(version)));
        return item;
    }

    /** A year's parameters as the catalog holds them (a catalog written before parameters were data has none). */
    private static YearParameters parameters(int year, AttributeValue params) {
        if (params == null || !params.hasM()) {
            throw new IllegalStateException("the fee catalog lists " + year + " without its year parameters (loaded"
                    + " by an older version): run `load` again");
        }
        YearParameters.Builder b = YearParameters.builder(year);
        for (YearParameters.Parameter p : YearParameters.Parameter.values()) {
            AttributeValue value = params.m().get(FeeTableStorageNames.parameter(p));
            if (value != null) {
                b.set(p, new java.math.BigDecimal(value.n()));
            }
        }
        return b.build();
    }
}
