package com.epiduralestimator.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.application.LoadedSchedule;
import com.epiduralestimator.domain.FacilityType;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The catalog's facilityRates: empty until the facility load records them, kept across a PFS reload. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacilityRatesCatalogTest {
    private final DynamoDbClient client = DynamoDbTestServer.get().client();

    @AfterAll
    void closeClient() {
        client.close();
    }

    @Test
    void recordedRatesAreListedAndAPfsReloadKeepsThem() {
        String table = DynamoDbTestServer.uniqueTableName("fees");
        new DynamoTables(client).createIfAbsent(table);
        ScheduleLoader loader = new ScheduleLoader(client, table);
        DynamoFeeSchedule schedule = new DynamoFeeSchedule(client, table);
        loader.load(TestSchedules.year2025());
        assertThat(schedule.loadedSchedules()).singleElement()
                .satisfies(s -> assertThat(s.facilityRates()).isEmpty());

        loader.recordFacilityRates(2025, Set.of(FacilityType.HOSPITAL_OUTPATIENT, FacilityType.ASC));
        assertThat(schedule.loadedSchedules()).singleElement()
                .satisfies(s -> assertThat(s.facilityRates()).containsExactly("asc", "hospital-outpatient"));

        loader.load(TestSchedules.year2025()); // the PFS files again (CMS revises them quarterly)
        LoadedSchedule reloaded = schedule.loadedSchedules().get(0);
        assertThat(reloaded.facilityRates()).containsExactly("asc", "hospital-outpatient");
        assertThat(com.epiduralestimator.application.ScheduleFixtures.normalized(reloaded.parameters())).isEqualTo(
                com.epiduralestimator.application.ScheduleFixtures.normalized(TestSchedules.PARAMETERS_2025));
    }

    @Test
    void ratesForAYearNotLoadedOrOfATypeWithoutARateSetOfItsOwnAreRefused() {
        String table = DynamoDbTestServer.uniqueTableName("fees");
        new DynamoTables(client).createIfAbsent(table);
        ScheduleLoader loader = new ScheduleLoader(client, table);
        assertThatThrownBy(() -> loader.recordFacilityRates(2026, Set.of(FacilityType.ASC)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2026");
        // the off-campus department is priced from the hospital outpatient rates: no rate set of its own
        assertThatThrownBy(() -> loader.recordFacilityRates(2026, Set.of(FacilityType.HOSPITAL_OUTPATIENT_OFF_CAMPUS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HOSPITAL_OUTPATIENT_OFF_CAMPUS is priced from the HOSPITAL_OUTPATIENT rate set: it is not"
                        + " a rate set of its own");
    }
}
