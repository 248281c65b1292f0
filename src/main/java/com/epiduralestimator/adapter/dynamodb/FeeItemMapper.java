package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.CodeSchedule;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.OppsCap;
import com.epiduralestimator.domain.ZipCode;
import com.epiduralestimator.domain.ZipLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fee schedule's items, by hand (no reflection: nothing to scan at cold start, and the layout is visible here);
 * their keys are in {@link FeeKeys}, the catalog in {@link FeeCatalogMapper}.
 *
 * <pre>
 * C#62321      loadId: S; rows: L of M (one per modifier; imaging rows also carry
 *              opps: M localityId -> S "facility/nonFacility", CMS's OPPS caps)
 * LOCALITIES   loadId: S; localities: M localityId -> M {state, name, work, pe, mp}
 * Z#941        loadId: S; zips: M zip5 -> S "0111205", or "0111205+" when CMS splits the ZIP
 * </pre>
 *
 * DynamoDB keeps a number's value, not its scale ("1.080" reads back as 1.08); prices round once at the end, so
 * only the value matters.
 */
final class FeeItemMapper {
    private static final String SPLIT_MARK = "+";
    private static final String CAP_SEPARATOR = "/";

    private FeeItemMapper() {}

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
        Map<String, AttributeValue> item = FeeKeys.codeKey(year, slot, code.code());
        item.put(FeeKeys.LOAD_ID, AttributeValue.fromS(loadId));
        item.put("rows", AttributeValue.fromL(rows));
        return item;
    }

    static List<FeeRow> rows(Map<String, AttributeValue> codeItem) {
        String code = FeeKeys.codeOf(codeItem);
        List<AttributeValue> stored = codeItem.get("rows").l();
        List<FeeRow> rows = new ArrayList<>(stored.size());
        for (AttributeValue v : stored) {
            rows.add(row(code, v.m()));
        }
        return List.copyOf(rows);
    }

    /** The OPPS caps of the code's rows in one locality. */
    static List<OppsCap> caps(Map<String, AttributeValue> codeItem, LocalityId locality) {
        String code = FeeKeys.codeOf(codeItem);
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
        Map<String, AttributeValue> item = FeeKeys.localitiesKey(year, slot);
        item.put(FeeKeys.LOAD_ID, AttributeValue.fromS(loadId));
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
            Map<String, AttributeValue> item = FeeKeys.zipKey(year, slot, prefix);
            item.put(FeeKeys.LOAD_ID, AttributeValue.fromS(loadId));
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

    private static AttributeValue number(BigDecimal value) {
        return AttributeValue.fromN(value.toPlainString());
    }

    private static BigDecimal decimal(AttributeValue value) {
        return new BigDecimal(value.n());
    }
}
