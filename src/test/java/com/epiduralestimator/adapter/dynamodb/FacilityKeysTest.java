package com.epiduralestimator.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The facility data's keys, pinned literally: existing tables hold their items under exactly these. */
class FacilityKeysTest {

    @Test
    void thePointerIsFacilityYears() {
        assertThat(keyOf(FacilityKeys.pointerKey())).isEqualTo(Map.of("pk", "FACILITY", "sk", "YEARS"));
        assertThat(FacilityKeys.isPointer(FacilityKeys.pointerKey())).isTrue();
        assertThat(FacilityKeys.isPointer(FacilityKeys.codeKey(2026, "A", "62321"))).isFalse();
        assertThat(FacilityKeys.isPointer(FeeKeys.catalogKey())).isFalse();
    }

    @Test
    void codesAndAreasLiveInTheirYearsSlot() {
        assertThat(FacilityKeys.partition(2026, "A")).isEqualTo("F#2026#A");
        assertThat(keyOf(FacilityKeys.codeKey(2026, "A", "62321"))).isEqualTo(Map.of("pk", "F#2026#A", "sk", "C#62321"));
        assertThat(keyOf(FacilityKeys.areaKey(2025, "B", "12420"))).isEqualTo(Map.of("pk", "F#2025#B", "sk", "W#12420"));
        assertThat(FacilityKeys.codeSk("64483")).isEqualTo("C#64483");
        assertThat(FacilityKeys.areaSk("99901")).isEqualTo("W#99901");
    }

    private static Map<String, String> keyOf(Map<String, AttributeValue> key) {
        return Map.of("pk", key.get("pk").s(), "sk", key.get("sk").s());
    }
}
