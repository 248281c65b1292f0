package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.CodeSchedule;
import com.epiduralestimator.application.LoadedSchedule;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.OppsCap;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.ZipCode;
import com.epiduralestimator.domain.ZipLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fee table's items, by hand (no reflection: nothing to scan at cold start, and the layout is visible here).
 *
 * <pre>
 * pk=CATALOG      sk=YEARS        version: N; years: M "2025" -> M {slot S, loadId S, params M (the year's
 *                                 parameters by name: conversionFactor N, partBDeductible N, ...), loadedAt N
 *                                 (epoch ms), sources L of M {part, file, sha256}, oppsCap BOOL,
 *                                 facilityRates L of S};
 *                                 loading: M "2025" -> M {slot S, loadId S, startedAt N}
 * pk=S#2025#A     sk=C#62321      loadId: S; rows: L of M (one per modifier; imaging rows also carry
 *                                 opps: M localityId -> S "facility/nonFacility", CMS's OPPS caps)
 * pk=S#2025#A     sk=LOCALITIES   loadId: S; localities: M localityId -> M {state, name, work, pe, mp}
 * pk=S#2025#A     sk=Z#941        loadId: S; zips: M zip5 -> S "0111205", or "0111205+" when CMS splits the ZIP
 * </pre>
 *
 * Each year has two slots, A and B: a load writes the slot the catalog does not name, then flips the catalog. An
 * item counts only when its slot and load id are the ones the catalog names for its year.
 *
 * DynamoDB keeps a number's value, not its scale ("1.080" reads back as 1.08); prices round once at the end, so
 * only the value matters.
 */
final class FeeItemMapper {
    static final String PK = "pk";
    static final String SK = "sk";
    static final String LOAD_ID = "loadId";
    static final List<String> SLOTS = List.of("A", "B");
    private static final String SPLIT_MARK = "+";
    private static final String CAP_SEPARATOR = "/";

    private FeeItemMapper() {}

    /**
     * A year as the catalog lists it: its active slot and load, its parameters, and where it came from. {@code
     * facilityRates} names the facility rate sets loaded for the year (set by their own load, kept by a PFS reload).
     */
    record ActiveYear(String slot, String loadId, YearParameters parameters, long loadedAtMillis,
                      List<ScheduleSource> sources, boolean oppsCapLoaded, List<String> facilityRates) {
        LoadedSchedule loaded() {
            return new LoadedSchedule(parameters, java.time.Instant.ofEpochMilli(loadedAtMillis), sources,
                    oppsCapLoaded, facilityRates);
        }
    }

    /** A load in progress: it owns the slot until it flips the catalog or gives up. */
    record Loading(String slot, String loadId, long startedAtMillis) {}

    /** The catalog as read; {@code exists} is false before the first load. */
    record Catalog(boolean exists, long version, Map<Integer, ActiveYear> years, Map<Integer, Loading> loading) {
        static final Catalog EMPTY = new Catalog(false, 0, Map.of(), Map.of());

        NavigableSet<Integer> loadedYears() {
            return new TreeSet<>(years.keySet());
        }
    }

    // Keys

    static Map<String, AttributeValue> catalogKey() {
        return key("CATALOG", "YEARS");
    }

    static Map<String, AttributeValue> codeKey(int year, String slot, String code) {
        return key(schedule(year, slot), "C#" + code);
    }

    static Map<String, AttributeValue> localitiesKey(int year, String slot) {
        return key(schedule(year, slot), "LOCALITIES");
    }

    static Map<String, AttributeValue> zipKey(int year, String slot, String zipPrefix) {
        return key(schedule(year, slot), "Z#" + zipPrefix);
    }

    static String sk(Map<String, AttributeValue> item) {
        return item.get(SK).s();
    }

    static String pk(Map<String, AttributeValue> item) {
        return item.get(PK).s();
    }

    static String schedule(int year, String slot) {
        return "S#" + year + "#" + slot;
    }

    static String loadId(Map<String, AttributeValue> item) {
        AttributeValue v = item.get(LOAD_ID);
        return v == null ? "" : v.s();
    }

    static String otherSlot(String slot) {
        return "A".equals(slot) ? "B" : "A";
    }

    // CATALOG

    static Catalog catalog(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return Catalog.EMPTY;
        }
        Map<Integer, ActiveYear> years = new TreeMap<>();
        AttributeValue yearsValue = item.get("years");
        if (yearsValue != null && yearsValue.hasM()) {
            yearsValue.m().forEach((year, v) -> {
                Map<String, AttributeValue> m = v.m();
                int y = Integer.parseInt(year);
                List<ScheduleSource> sources = new ArrayList<>();
                AttributeValue sourcesValue = m.get("sources");
                if (sourcesValue != null && sourcesValue.hasL()) {
                    sourcesValue.l().forEach(src -> sources.add(new ScheduleSource(src.m().get("part").s(),
                            src.m().get("file").s(), src.m().get("sha256").s())));
                }
                List<String> facilityRates = new ArrayList<>();
                AttributeValue ratesValue = m.get("facilityRates");
                if (ratesValue != null && ratesValue.hasL()) {
                    ratesValue.l().forEach(r -> facilityRates.add(r.s()));
                }
                AttributeValue loadedAt = m.get("loadedAt");
                AttributeValue oppsCap = m.get("oppsCap");
                years.put(y, new ActiveYear(m.get("slot").s(), m.get("loadId").s(), parameters(y, m.get("params")),
                        loadedAt == null ? 0 : Long.parseLong(loadedAt.n()), sources,
                        oppsCap != null && Boolean.TRUE.equals(oppsCap.bool()), facilityRates));
            });
        }
        Map<Integer, Loading> loading = new TreeMap<>();
        AttributeValue loadingValue = item.get("loading");
        if (loadingValue != null && loadingValue.hasM()) {
            loadingValue.m().forEach((year, v) -> {
                Map<String, AttributeValue> m = v.m();
                loading.put(Integer.parseInt(year), new Loading(m.get("slot").s(), m.get("loadId").s(),
                        Long.parseLong(m.get("startedAt").n())));
            });
        }
        long version = item.containsKey("version") ? Long.parseLong(item.get("version").n()) : 0;
        return new Catalog(true, version, years, loading);
    }

    static Map<String, AttributeValue> catalogItem(Map<Integer, ActiveYear> years, Map<Integer, Loading> loading,
                                                   long version) {
        Map<String, AttributeValue> item = catalogKey();
        Map<String, AttributeValue> yearsMap = new HashMap<>();
        years.forEach((year, a) -> {
            Map<String, AttributeValue> m = new HashMap<>();
            m.put("slot", AttributeValue.fromS(a.slot()));
            m.put("loadId", AttributeValue.fromS(a.loadId()));
            Map<String, AttributeValue> params = new HashMap<>();
            a.parameters().known().forEach((p, value) -> params.put(p.key(), number(value)));
            m.put("params", AttributeValue.fromM(params));
            m.put("loadedAt", AttributeValue.fromN(Long.toString(a.loadedAtMillis())));
            m.put("sources", AttributeValue.fromL(a.sources().stream().map(src -> AttributeValue.fromM(Map.of(
                    "part", AttributeValue.fromS(src.part()),
                    "file", AttributeValue.fromS(src.file()),
                    "sha256", AttributeValue.fromS(src.sha256())))).toList()));
            m.put("oppsCap", AttributeValue.fromBool(a.oppsCapLoaded()));
            m.put("facilityRates", AttributeValue.fromL(a.facilityRates().stream().map(AttributeValue::fromS).toList()));
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
            AttributeValue value = params.m().get(p.key());
            if (value != null) {
                b.set(p, decimal(value));
            }
        }
        return b.build();
    }

    // C#<code>

    /** One item per code: every modifier row, each with its OPPS caps per locality when CMS caps it. */
    static Map<String, AttributeValue> codeItem(int year, String slot, String loadId, CodeSchedule code) {
        Map<String, Map<String, AttributeValue>> capsByModifier = new HashMap<>();
        for (OppsCap cap : code.caps()) {
            capsByModifier.computeIfAbsent(cap.modifier(), m -> new HashMap<>()).put(cap.locality().value(),
                    AttributeValue.fromS(cap.facilityPrice().toPlainString() + CAP_SEPARATOR
                            + cap.nonFacilityPrice().toPlainString()));
        }
        List<AttributeValue> rows = new ArrayList<>(code.rows().size());
        for (FeeRow row : code.rows()) {
            Map<String, AttributeValue> m = rowMap(row);
            Map<String, AttributeValue> caps = capsByModifier.get(row.modifier());
            if (caps != null) {
                m.put("opps", AttributeValue.fromM(caps));
            }
            rows.add(AttributeValue.fromM(m));
        }
        Map<String, AttributeValue> item = codeKey(year, slot, code.code());
        item.put(LOAD_ID, AttributeValue.fromS(loadId));
        item.put("rows", AttributeValue.fromL(rows));
        return item;
    }

    static String codeOf(Map<String, AttributeValue> codeItem) {
        return sk(codeItem).substring("C#".length());
    }

    static List<FeeRow> rows(Map<String, AttributeValue> codeItem) {
        String code = codeOf(codeItem);
        return codeItem.get("rows").l().stream().map(v -> row(code, v.m())).toList();
    }

    /** The OPPS caps of the code's rows in one locality. */
    static List<OppsCap> caps(Map<String, AttributeValue> codeItem, LocalityId locality) {
        String code = codeOf(codeItem);
        List<OppsCap> caps = new ArrayList<>();
        for (AttributeValue row : codeItem.get("rows").l()) {
            AttributeValue opps = row.m().get("opps");
            AttributeValue entry = opps == null ? null : opps.m().get(locality.value());
            if (entry != null) {
                String value = entry.s();
                int sep = value.indexOf(CAP_SEPARATOR);
                caps.add(new OppsCap(code, row.m().get("modifier").s(), locality,
                        new BigDecimal(value.substring(0, sep)), new BigDecimal(value.substring(sep + 1))));
            }
        }
        return caps;
    }

    private static Map<String, AttributeValue> rowMap(FeeRow row) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("modifier", AttributeValue.fromS(row.modifier()));
        m.put("status", AttributeValue.fromS(String.valueOf(row.status())));
        m.put("work", number(row.workRvu()));
        m.put("peNf", number(row.nonFacilityPeRvu()));
        m.put("peF", number(row.facilityPeRvu()));
        m.put("mp", number(row.mpRvu()));
        m.put("naNf", AttributeValue.fromBool(row.nonFacilityNa()));
        m.put("naF", AttributeValue.fromBool(row.facilityNa()));
        m.put("pctc", AttributeValue.fromS(row.pctc()));
        m.put("glob", AttributeValue.fromS(row.globalDays()));
        m.put("mult", AttributeValue.fromN(Integer.toString(row.multipleProcedure())));
        m.put("bilat", AttributeValue.fromN(Integer.toString(row.bilateral())));
        return m;
    }

    private static FeeRow row(String code, Map<String, AttributeValue> m) {
        return new FeeRow(code,
                m.get("modifier").s(),
                m.get("status").s().charAt(0),
                decimal(m.get("work")),
                decimal(m.get("peNf")),
                m.get("naNf").bool(),
                decimal(m.get("peF")),
                m.get("naF").bool(),
                decimal(m.get("mp")),
                m.get("pctc").s(),
                m.get("glob").s(),
                Integer.parseInt(m.get("mult").n()),
                Integer.parseInt(m.get("bilat").n()));
    }

    // LOCALITIES

    static Map<String, AttributeValue> localitiesItem(int year, String slot, String loadId,
                                                      Collection<Locality> localities) {
        Map<String, AttributeValue> byId = new HashMap<>();
        for (Locality l : localities) {
            Map<String, AttributeValue> m = new HashMap<>();
            if (l.state() != null) {
                m.put("state", AttributeValue.fromS(l.state()));
            }
            m.put("name", AttributeValue.fromS(l.name()));
            m.put("work", number(l.workGpci()));
            m.put("pe", number(l.peGpci()));
            m.put("mp", number(l.mpGpci()));
            byId.put(l.id().value(), AttributeValue.fromM(m));
        }
        Map<String, AttributeValue> item = localitiesKey(year, slot);
        item.put(LOAD_ID, AttributeValue.fromS(loadId));
        item.put("localities", AttributeValue.fromM(byId));
        return item;
    }

    static Optional<Locality> locality(Map<String, AttributeValue> localitiesItem, LocalityId id) {
        if (localitiesItem == null) {
            return Optional.empty();
        }
        AttributeValue entry = localitiesItem.get("localities").m().get(id.value());
        if (entry == null) {
            return Optional.empty();
        }
        Map<String, AttributeValue> m = entry.m();
        AttributeValue state = m.get("state");
        return Optional.of(new Locality(id, state == null ? null : state.s(), m.get("name").s(),
                decimal(m.get("work")), decimal(m.get("pe")), decimal(m.get("mp"))));
    }

    // Z#<prefix>

    /** One item per 3-digit ZIP prefix: ~900 items for CMS's ~43,000 ZIPs. */
    static List<Map<String, AttributeValue>> zipItems(int year, String slot, String loadId,
                                                      Collection<ZipLocation> zips) {
        Map<String, Map<String, AttributeValue>> byPrefix = new LinkedHashMap<>();
        for (ZipLocation z : zips) {
            String value = z.locality().value() + (z.splitByPlusFour() ? SPLIT_MARK : "");
            byPrefix.computeIfAbsent(z.zip().prefix(), p -> new HashMap<>()).put(z.zip().value(), AttributeValue.fromS(value));
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        byPrefix.forEach((prefix, entries) -> {
            Map<String, AttributeValue> item = zipKey(year, slot, prefix);
            item.put(LOAD_ID, AttributeValue.fromS(loadId));
            item.put("zips", AttributeValue.fromM(entries));
            items.add(item);
        });
        return items;
    }

    static Optional<ZipLocation> zipLocation(Map<String, AttributeValue> zipItem, ZipCode zip) {
        if (zipItem == null) {
            return Optional.empty();
        }
        AttributeValue entry = zipItem.get("zips").m().get(zip.value());
        if (entry == null) {
            return Optional.empty();
        }
        String value = entry.s();
        boolean split = value.endsWith(SPLIT_MARK);
        String locality = split ? value.substring(0, value.length() - SPLIT_MARK.length()) : value;
        return Optional.of(new ZipLocation(zip, new LocalityId(locality), split));
    }

    // Helpers

    private static Map<String, AttributeValue> key(String pk, String sk) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(PK, AttributeValue.fromS(pk));
        key.put(SK, AttributeValue.fromS(sk));
        return key;
    }

    private static AttributeValue number(BigDecimal value) {
        return AttributeValue.fromN(value.toPlainString());
    }

    private static BigDecimal decimal(AttributeValue value) {
        return new BigDecimal(value.n());
    }
}
