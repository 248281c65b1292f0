package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.YearParameters;

/**
 * The spellings the fee table stores for enum values: each facility type in the facility pointer's {@code types}
 * (and the rate sets in the catalog's {@code facilityRates}, named by their types), and each year parameter's
 * attribute name in the catalog's {@code params}. They are the table's, fixed: they happen to equal today's API
 * spellings ({@code wireName()}, {@code Parameter.key()}) but never follow them, so renaming a JSON value or field
 * can not make a loaded year unreadable or drop a parameter from it. Each switch is exhaustive: a new constant does
 * not compile until it is given its storage name here ({@link SessionStorageNames} does this for the session table).
 */
final class FeeTableStorageNames {
    private FeeTableStorageNames() {}

    static String facilityType(FacilityType type) {
        return switch (type) {
            case HOSPITAL_OUTPATIENT -> "hospital-outpatient";
            case HOSPITAL_OUTPATIENT_OFF_CAMPUS -> "hospital-outpatient-off-campus";
            case ASC -> "asc";
        };
    }

    /**
     * @param what the item and attribute, for the message
     * @throws IllegalStateException for a spelling no type has: a damaged item, said, never guessed
     */
    static FacilityType facilityType(String stored, String what) {
        for (FacilityType type : FacilityType.values()) {
            if (facilityType(type).equals(stored)) {
                return type;
            }
        }
        throw new IllegalStateException("stored " + what + " with an unknown facility type");
    }

    static String parameter(YearParameters.Parameter parameter) {
        return switch (parameter) {
            case CONVERSION_FACTOR -> "conversionFactor";
            case APM_CONVERSION_FACTOR -> "apmConversionFactor";
            case PART_B_DEDUCTIBLE -> "partBDeductible";
            case PART_A_DEDUCTIBLE -> "partADeductible";
            case OPPS_CONVERSION_FACTOR -> "oppsConversionFactor";
            case ASC_CONVERSION_FACTOR -> "ascConversionFactor";
            case SEQUESTRATION_RATE -> "sequestrationRate";
            case MEDIGAP_K_OUT_OF_POCKET_LIMIT -> "medigapKOutOfPocketLimit";
            case MEDIGAP_L_OUT_OF_POCKET_LIMIT -> "medigapLOutOfPocketLimit";
            case MEDIGAP_HIGH_DEDUCTIBLE -> "medigapHighDeductible";
        };
    }
}
