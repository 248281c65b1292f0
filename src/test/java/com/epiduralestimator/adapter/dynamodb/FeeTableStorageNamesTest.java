package com.epiduralestimator.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.application.LoadedSchedule;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.YearParameters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The spellings the fee table stores for facility types, rate sets and year parameters, pinned literally: changing
 * one makes the loaded years of every existing table unreadable (or drops their parameters), so a change here must
 * come with a reload or a migration, never with a rename of an API value or field.
 */
class FeeTableStorageNamesTest {

    @ParameterizedTest
    @CsvSource({"HOSPITAL_OUTPATIENT, hospital-outpatient",
            "HOSPITAL_OUTPATIENT_OFF_CAMPUS, hospital-outpatient-off-campus", "ASC, asc"})
    void facilityTypesAreStoredUnderTheirFixedNames(FacilityType type, String stored) {
        assertThat(FeeTableStorageNames.facilityType(type)).isEqualTo(stored);
        assertThat(FeeTableStorageNames.facilityType(stored, "test item")).isEqualTo(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hospital", "Hospital-Outpatient", "ASC", "HOSPITAL_OUTPATIENT"})
    void aStoredFacilityTypeNoConstantHasIsADamagedItemNotAGuess(String stored) {
        assertThatThrownBy(() -> FeeTableStorageNames.facilityType(stored, "facility pointer's types"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stored facility pointer's types with an unknown facility type");
    }

    @ParameterizedTest
    @CsvSource({"CONVERSION_FACTOR, conversionFactor", "APM_CONVERSION_FACTOR, apmConversionFactor",
            "PART_B_DEDUCTIBLE, partBDeductible", "PART_A_DEDUCTIBLE, partADeductible",
            "OPPS_CONVERSION_FACTOR, oppsConversionFactor", "ASC_CONVERSION_FACTOR, ascConversionFactor",
            "SEQUESTRATION_RATE, sequestrationRate", "MEDIGAP_K_OUT_OF_POCKET_LIMIT, medigapKOutOfPocketLimit",
            "MEDIGAP_L_OUT_OF_POCKET_LIMIT, medigapLOutOfPocketLimit",
            "MEDIGAP_HIGH_DEDUCTIBLE, medigapHighDeductible"})
    void yearParametersAreStoredUnderTheirFixedNames(YearParameters.Parameter parameter, String stored) {
        assertThat(FeeTableStorageNames.parameter(parameter)).isEqualTo(stored);
    }

    @Test
    void everyConstantHasItsOwnStorageName() {
        assertThat(Arrays.stream(FacilityType.values()).map(FeeTableStorageNames::facilityType).distinct().count())
                .isEqualTo(FacilityType.values().length);
        assertThat(Arrays.stream(YearParameters.Parameter.values()).map(FeeTableStorageNames::parameter).distinct()
                .count()).isEqualTo(YearParameters.Parameter.values().length);
    }

    @Test
    void thePointerStoresTheTypesUnderTheirFixedNamesInDeclarationOrder() {
        Map<String, AttributeValue> item = FacilityPointer.item(3,
                Map.of(2026, new FacilityPointer.ActiveYear("B", "load-1", EnumSet.allOf(FacilityType.class))),
                Map.of());
        assertThat(item.get("years").m().get("2026").m().get("types").l()).extracting(AttributeValue::s)
                .containsExactly("hospital-outpatient", "hospital-outpatient-off-campus", "asc");
    }

    @Test
    void aPointerAsExistingTablesHoldItIsRead() {
        Map<String, AttributeValue> stored = Map.of("pk", s("FACILITY"), "sk", s("YEARS"),
                "version", AttributeValue.fromN("3"),
                "years", m(Map.of("2026", m(Map.of("slot", s("B"), "loadId", s("load-1"),
                        "types", AttributeValue.fromL(List.of(s("hospital-outpatient"),
                                s("hospital-outpatient-off-campus"), s("asc"))))))),
                "loading", m(Map.of()));
        FacilityPointer pointer = FacilityPointer.of(stored);
        assertThat(pointer.years().get(2026)).isEqualTo(
                new FacilityPointer.ActiveYear("B", "load-1", EnumSet.allOf(FacilityType.class)));
    }

    @Test
    void theCatalogStoresEachParameterAndRateSetUnderItsFixedName() {
        FeeCatalog.ActiveYear year = new FeeCatalog.ActiveYear("A", "load-1", TestSchedules.PARAMETERS_2026, 0,
                List.of(), true, Set.of(FacilityType.HOSPITAL_OUTPATIENT, FacilityType.ASC));
        Map<String, AttributeValue> stored =
                FeeCatalogMapper.catalogItem(Map.of(2026, year), Map.of(), 1).get("years").m().get("2026").m();
        assertThat(stored.get("params").m()).containsOnlyKeys("conversionFactor", "apmConversionFactor",
                "partBDeductible", "partADeductible", "oppsConversionFactor", "ascConversionFactor",
                "sequestrationRate", "medigapKOutOfPocketLimit", "medigapLOutOfPocketLimit", "medigapHighDeductible");
        assertThat(stored.get("params").m().get("partBDeductible").n()).isEqualTo("283");
        assertThat(stored.get("params").m().get("conversionFactor").n()).isEqualTo("33.4009");
        assertThat(stored.get("facilityRates").l()).extracting(AttributeValue::s)
                .containsExactly("asc", "hospital-outpatient");
    }

    @Test
    void aCatalogAsExistingTablesHoldItIsReadAndListedUnderTheApiNames() {
        Map<String, AttributeValue> params = Map.of("conversionFactor", n("33.4009"),
                "apmConversionFactor", n("33.5675"), "partBDeductible", n("283"), "partADeductible", n("1736"),
                "oppsConversionFactor", n("91.415"), "ascConversionFactor", n("56.322"),
                "sequestrationRate", n("0.02"), "medigapKOutOfPocketLimit", n("8000"),
                "medigapLOutOfPocketLimit", n("4000"), "medigapHighDeductible", n("2950"));
        LoadedSchedule loaded = FeeCatalogMapper.catalog(catalogItem(params, List.of("asc", "hospital-outpatient")))
                .years().get(2026).loaded();
        assertThat(loaded.parameters()).isEqualTo(TestSchedules.PARAMETERS_2026);
        assertThat(loaded.facilityRates()).containsExactly("asc", "hospital-outpatient");
    }

    @Test
    void aCatalogWithARateSetNoTypeHasIsADamagedItem() {
        Map<String, AttributeValue> params = Map.of("conversionFactor", n("33.4009"), "partBDeductible", n("283"),
                "sequestrationRate", n("0.02"));
        assertThatThrownBy(() -> FeeCatalogMapper.catalog(catalogItem(params, List.of("hospital"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stored fee catalog's facilityRates with an unknown facility type");
    }

    private static Map<String, AttributeValue> catalogItem(Map<String, AttributeValue> params,
                                                           List<String> facilityRates) {
        return Map.of("pk", s("CATALOG"), "sk", s("YEARS"), "version", n("7"),
                "years", m(Map.of("2026", m(Map.of("slot", s("A"), "loadId", s("load-1"), "params", m(params),
                        "loadedAt", n("0"), "sources", AttributeValue.fromL(List.of()),
                        "oppsCap", AttributeValue.fromBool(true),
                        "facilityRates", AttributeValue.fromL(facilityRates.stream().map(AttributeValue::fromS)
                                .toList()))))),
                "loading", m(Map.of()));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    private static AttributeValue m(Map<String, AttributeValue> value) {
        return AttributeValue.fromM(value);
    }
}
