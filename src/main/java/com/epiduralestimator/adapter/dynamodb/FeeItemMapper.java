package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.ScheduleYear;
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
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fee table's items, by hand (no reflection: nothing to scan at cold start, and the layout is visible here).
 *
 * <pre>
 * pk=CATALOG  sk=YEARS        years: L of N (written last by a load)
 * pk=S#2025   sk=YEAR         conversionFactor: N
 * pk=S#2025   sk=C#62321      rows: L of M (one per modifier)
 * pk=S#2025   sk=LOCALITIES   localities: M localityId -> M {state, name, work, pe, mp}
 * pk=S#2025   sk=Z#941        zips: M zip5 -> S "0111205", or "0111205+" when CMS splits the ZIP by plus-four
 * </pre>
 *
 * DynamoDB keeps a number's value, not its scale ("1.080" reads back as 1.08); prices round once at the end, so
 * only the value matters.
 */
final class FeeItemMapper {
    static final String PK = "pk";
    static final String SK = "sk";
    private static final String SPLIT_MARK = "+";

    private FeeItemMapper() {}

    // Keys

    static Map<String, AttributeValue> catalogKey() {
        return key("CATALOG", "YEARS");
    }

    static Map<String, AttributeValue> yearKey(int year) {
        return key(schedule(year), "YEAR");
    }

    static Map<String, AttributeValue> codeKey(int year, String code) {
        return key(schedule(year), "C#" + code);
    }

    static Map<String, AttributeValue> localitiesKey(int year) {
        return key(schedule(year), "LOCALITIES");
    }

    static Map<String, AttributeValue> zipKey(int year, String zipPrefix) {
        return key(schedule(year), "Z#" + zipPrefix);
    }

    static String sk(Map<String, AttributeValue> item) {
        return item.get(SK).s();
    }

    static String pk(Map<String, AttributeValue> item) {
        return item.get(PK).s();
    }

    // CATALOG

    static Map<String, AttributeValue> catalogItem(NavigableSet<Integer> years, long version) {
        Map<String, AttributeValue> item = catalogKey();
        item.put("years", AttributeValue.fromL(years.stream().map(y -> AttributeValue.fromN(Integer.toString(y))).toList()));
        item.put("version", AttributeValue.fromN(Long.toString(version)));
        return item;
    }

    static NavigableSet<Integer> years(Map<String, AttributeValue> catalog) {
        TreeSet<Integer> years = new TreeSet<>();
        if (catalog != null && catalog.containsKey("years")) {
            catalog.get("years").l().forEach(v -> years.add(Integer.parseInt(v.n())));
        }
        return years;
    }

    static long catalogVersion(Map<String, AttributeValue> catalog) {
        return catalog == null || !catalog.containsKey("version") ? 0 : Long.parseLong(catalog.get("version").n());
    }

    // YEAR

    static Map<String, AttributeValue> yearItem(ScheduleYear year) {
        Map<String, AttributeValue> item = yearKey(year.year());
        item.put("conversionFactor", AttributeValue.fromN(year.conversionFactor().toPlainString()));
        return item;
    }

    static ScheduleYear scheduleYear(int year, Map<String, AttributeValue> item) {
        return new ScheduleYear(year, new BigDecimal(item.get("conversionFactor").n()));
    }

    // C#<code>

    /** One item per code, its rows in the order given. */
    static List<Map<String, AttributeValue>> codeItems(int year, Collection<FeeRow> rows) {
        Map<String, List<AttributeValue>> byCode = new LinkedHashMap<>();
        for (FeeRow row : rows) {
            byCode.computeIfAbsent(row.code(), c -> new ArrayList<>()).add(AttributeValue.fromM(rowMap(row)));
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        byCode.forEach((code, maps) -> {
            Map<String, AttributeValue> item = codeKey(year, code);
            item.put("rows", AttributeValue.fromL(maps));
            items.add(item);
        });
        return items;
    }

    static String codeOf(Map<String, AttributeValue> codeItem) {
        return sk(codeItem).substring("C#".length());
    }

    static List<FeeRow> rows(Map<String, AttributeValue> codeItem) {
        String code = codeOf(codeItem);
        return codeItem.get("rows").l().stream().map(v -> row(code, v.m())).toList();
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

    static Map<String, AttributeValue> localitiesItem(int year, Collection<Locality> localities) {
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
        Map<String, AttributeValue> item = localitiesKey(year);
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
    static List<Map<String, AttributeValue>> zipItems(int year, Collection<ZipLocation> zips) {
        Map<String, Map<String, AttributeValue>> byPrefix = new LinkedHashMap<>();
        for (ZipLocation z : zips) {
            String value = z.locality().value() + (z.splitByPlusFour() ? SPLIT_MARK : "");
            byPrefix.computeIfAbsent(z.zip().prefix(), p -> new HashMap<>()).put(z.zip().value(), AttributeValue.fromS(value));
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        byPrefix.forEach((prefix, entries) -> {
            Map<String, AttributeValue> item = zipKey(year, prefix);
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

    private static String schedule(int year) {
        return "S#" + year;
    }

    private static AttributeValue number(BigDecimal value) {
        return AttributeValue.fromN(value.toPlainString());
    }

    private static BigDecimal decimal(AttributeValue value) {
        return new BigDecimal(value.n());
    }
}
