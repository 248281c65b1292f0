package com.epiduralestimator.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.PerformedBy;
import com.epiduralestimator.application.SessionChange;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spellings stored sessions carry, pinned: changing one orphans every session already stored under it, so a
 * change here must come with a migration, never with a rename of an API value.
 */
class SessionStorageNamesTest {

    @ParameterizedTest
    @CsvSource({"CERVICAL_THORACIC, cervical-thoracic", "LUMBAR_SACRAL, lumbar-sacral"})
    void regionsAreStoredUnderTheirFixedNames(SpinalRegion region, String stored) {
        assertThat(SessionStorageNames.region(region)).isEqualTo(stored);
        assertThat(SessionStorageNames.region(stored)).isEqualTo(region);
    }

    @ParameterizedTest
    @CsvSource({"THIS_PRACTICE, this-practice", "OTHER_PROVIDER, other-provider"})
    void performedByIsStoredUnderItsFixedNames(PerformedBy performedBy, String stored) {
        assertThat(SessionStorageNames.performedBy(performedBy)).isEqualTo(stored);
        assertThat(SessionStorageNames.performedBy(stored)).isEqualTo(performedBy);
    }

    @ParameterizedTest
    @CsvSource({"RECORDED, recorded", "CORRECTED, corrected", "VOIDED, voided", "MIGRATED, migrated"})
    void historyActionsAreStoredUnderTheirFixedNames(SessionChange.Action action, String stored) {
        assertThat(SessionStorageNames.action(action)).isEqualTo(stored);
        assertThat(SessionStorageNames.action(stored)).isEqualTo(action);
    }

    @ParameterizedTest
    @CsvSource({"CERVICAL_THORACIC, 2025-07-01#cervical-thoracic", "LUMBAR_SACRAL, 2025-07-01#lumbar-sacral"})
    void theSortKeyUsesTheStorageName(SpinalRegion region, String sortKey) {
        assertThat(SessionItemMapper.sortKey(LocalDate.of(2025, 7, 1), region)).isEqualTo(sortKey);
        assertThat(SessionItemMapper.key(new PatientRef("t1", "k1"), region, LocalDate.of(2025, 7, 1)).get("sk").s())
                .isEqualTo(sortKey);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "cervical", "Cervical-Thoracic", "CERVICAL_THORACIC"})
    void aStoredRegionNoConstantHasIsADamagedItemNotAGuess(String stored) {
        assertThatThrownBy(() -> SessionStorageNames.region(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessage("stored session with an unknown region");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "self", "THIS_PRACTICE"})
    void aStoredPerformedByOrActionNoConstantHasIsADamagedItem(String stored) {
        assertThatThrownBy(() -> SessionStorageNames.performedBy(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessage("stored session with an unknown performedBy");
        assertThatThrownBy(() -> SessionStorageNames.action(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessage("stored session with an unknown history action");
    }

    @ParameterizedTest
    @ValueSource(strings = {"region", "performedBy", "action"})
    void everyConstantHasItsOwnStorageName(String which) {
        long distinct = switch (which) {
            case "region" -> Arrays.stream(SpinalRegion.values()).map(SessionStorageNames::region).distinct().count();
            case "performedBy" -> Arrays.stream(PerformedBy.values()).map(SessionStorageNames::performedBy)
                    .distinct().count();
            default -> Arrays.stream(SessionChange.Action.values()).map(SessionStorageNames::action).distinct()
                    .count();
        };
        int constants = switch (which) {
            case "region" -> SpinalRegion.values().length;
            case "performedBy" -> PerformedBy.values().length;
            default -> SessionChange.Action.values().length;
        };
        assertThat(distinct).isEqualTo(constants);
    }
}
