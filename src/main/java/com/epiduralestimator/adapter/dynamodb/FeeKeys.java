package com.epiduralestimator.adapter.dynamodb;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fee table's key layout, the one place its literals are spelt:
 *
 * <pre>
 * pk=CATALOG      sk=YEARS        the loaded years, their active slots and parameters ({@link FeeCatalogMapper})
 * pk=S#2025#A     sk=C#62321      a code's RVU rows                 ({@link FeeItemMapper#codeItem})
 * pk=S#2025#A     sk=LOCALITIES   every locality with its GPCIs     ({@link FeeItemMapper#localitiesItem})
 * pk=S#2025#A     sk=Z#941        the ZIPs of one 3-digit prefix    ({@link FeeItemMapper#zipItems})
 * </pre>
 *
 * Every schedule item also carries {@code loadId}: which load wrote it ({@link FeeCatalog} decides which count).
 */
final class FeeKeys {
    static final String PK = "pk";
    static final String SK = "sk";
    static final String LOAD_ID = "loadId";
    static final String LOCALITIES_SK = "LOCALITIES";
    private static final String CATALOG_PK = "CATALOG";
    private static final String CATALOG_SK = "YEARS";
    private static final String CODE_PREFIX = "C#";
    private static final String ZIP_PREFIX = "Z#";

    private FeeKeys() {}

    static Map<String, AttributeValue> catalogKey() {
        return key(CATALOG_PK, CATALOG_SK);
    }

    static boolean isCatalog(Map<String, AttributeValue> item) {
        return CATALOG_PK.equals(pk(item));
    }

    /** The partition of one year's slot: {@code S#2025#A}. */
    static String schedule(int year, String slot) {
        return "S#" + year + "#" + slot;
    }

    static Map<String, AttributeValue> codeKey(int year, String slot, String code) {
        return key(schedule(year, slot), codeSk(code));
    }

    static Map<String, AttributeValue> localitiesKey(int year, String slot) {
        return key(schedule(year, slot), LOCALITIES_SK);
    }

    static Map<String, AttributeValue> zipKey(int year, String slot, String zipPrefix) {
        return key(schedule(year, slot), zipSk(zipPrefix));
    }

    static String codeSk(String code) {
        return CODE_PREFIX + code;
    }

    static String zipSk(String zipPrefix) {
        return ZIP_PREFIX + zipPrefix;
    }

    /** The HCPCS code of a code item. */
    static String codeOf(Map<String, AttributeValue> codeItem) {
        return sk(codeItem).substring(CODE_PREFIX.length());
    }

    static String pk(Map<String, AttributeValue> item) {
        return item.get(PK).s();
    }

    static String sk(Map<String, AttributeValue> item) {
        return item.get(SK).s();
    }

    /** The load that wrote a schedule item ("" for an item without one, which therefore never counts). */
    static String loadId(Map<String, AttributeValue> item) {
        AttributeValue v = item.get(LOAD_ID);
        return v == null ? "" : v.s();
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(PK, AttributeValue.fromS(pk));
        key.put(SK, AttributeValue.fromS(sk));
        return key;
    }
}
