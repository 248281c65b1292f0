package com.epiduralestimator.adapter.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The facility data's key layout in the fee table, the one place its literals are spelt (its own, never the fee
 * schedule's, {@link FeeKeys}):
 *
 * <pre>
 * pk=FACILITY     sk=YEARS        the loaded years and their active slots   ({@link FacilityPointer})
 * pk=F#2026#A     sk=C#62321      a code's OPPS and ASC rates                ({@link FacilityItemMapper#codeItem})
 * pk=F#2026#A     sk=W#12420      a wage area with its states' floors        ({@link FacilityItemMapper#areaItem})
 * </pre>
 */
final class FacilityKeys {
    private static final String POINTER_PK = "FACILITY";
    private static final String POINTER_SK = "YEARS";
    private static final String PARTITION_PREFIX = "F#";
    private static final String CODE_PREFIX = "C#";
    private static final String AREA_PREFIX = "W#";

    private FacilityKeys() {}

    static Map<String, AttributeValue> pointerKey() {
        return key(POINTER_PK, POINTER_SK);
    }

    static boolean isPointer(Map<String, AttributeValue> item) {
        return POINTER_PK.equals(FeeKeys.pk(item));
    }

    /** The partition of one year's slot: {@code F#2026#A}. */
    static String partition(int year, String slot) {
        return PARTITION_PREFIX + year + "#" + slot;
    }

    static Map<String, AttributeValue> codeKey(int year, String slot, String code) {
        return key(partition(year, slot), codeSk(code));
    }

    static Map<String, AttributeValue> areaKey(int year, String slot, String cbsa) {
        return key(partition(year, slot), areaSk(cbsa));
    }

    static String codeSk(String code) {
        return CODE_PREFIX + code;
    }

    static String areaSk(String cbsa) {
        return AREA_PREFIX + cbsa;
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(FeeKeys.PK, AttributeValue.fromS(pk), FeeKeys.SK, AttributeValue.fromS(sk));
    }
}
