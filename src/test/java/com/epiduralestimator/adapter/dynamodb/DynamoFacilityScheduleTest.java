package com.epiduralestimator.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FacilityScheduleContract;
import com.epiduralestimator.application.FacilitySliceRequest;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The facility contract on a real DynamoDB-compatible server, plus the loader's slot switch and request count. */
class DynamoFacilityScheduleTest extends FacilityScheduleContract {
    private final List<String> operations = new CopyOnWriteArrayList<>();
    private final DynamoDbClient client = DynamoDbTestServer.get().client(new ExecutionInterceptor() {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    });

    @AfterAll
    void closeClient() {
        client.close();
    }

    private String newTable() {
        String table = DynamoDbTestServer.uniqueTableName("fees");
        new DynamoTables(client).createIfAbsent(table);
        return table;
    }

    @Override
    protected FacilitySchedule scheduleLoadedWith(List<FacilityData> years) {
        String table = newTable();
        FacilityLoader loader = new FacilityLoader(client, table);
        years.forEach(loader::load);
        return new DynamoFacilitySchedule(client, table);
    }

    @Test
    void aSliceIsOneBatchGetItem() {
        FacilitySchedule schedule = scheduleLoadedWith(List.of(BUNDLED.get(1)));
        operations.clear();
        schedule.slice(new FacilitySliceRequest(2026, Set.of("62321", "64483", "64484"), Optional.of("12420")));
        assertThat(operations).containsExactly("BatchGetItem");
    }

    @Test
    void aReloadSwitchesSlotsWholeAndLeavesOtherYears() {
        String table = newTable();
        FacilityLoader loader = new FacilityLoader(client, table);
        FacilitySchedule schedule = new DynamoFacilitySchedule(client, table);
        FacilityData y2026 = BUNDLED.get(1);
        FacilityLoader.Result first = loader.load(y2026);
        loader.load(BUNDLED.get(0));
        // a revision: 62321 repriced (hand-made 800.00), the ASC side dropped
        List<FacilityRate> revised = new ArrayList<>();
        for (FacilityRate r : y2026.rates()) {
            revised.add(!r.code().equals("62321") ? r : new FacilityRate("62321", Optional.of(
                    new FacilityRate.Opps("T", Optional.of("5442"), new BigDecimal("800.00"))), Optional.empty()));
        }
        FacilityLoader.Result second = loader.load(new FacilityData(2026, Set.of(FacilityType.HOSPITAL_OUTPATIENT),
                revised, y2026.areas(), y2026.floors()));

        assertThat(second.slot()).isNotEqualTo(first.slot());
        var slice = schedule.slice(new FacilitySliceRequest(2026, Set.of("62321"), Optional.empty()));
        assertThat(slice.types()).containsExactly(FacilityType.HOSPITAL_OUTPATIENT);
        assertThat(slice.rates().get("62321").opps().orElseThrow().rate()).isEqualByComparingTo("800.00");
        assertThat(slice.rates().get("62321").asc()).isEmpty();
        assertThat(schedule.slice(new FacilitySliceRequest(2025, Set.of("62321"), Optional.empty())).rates()
                .get("62321").opps().orElseThrow().rate()).isEqualByComparingTo("692.52");
    }

    @Test
    void aFailedLoadLeavesTheOldAnswersAndReleasesItsClaim() {
        String table = newTable();
        FacilityLoader loader = new FacilityLoader(client, table);
        FacilitySchedule schedule = new DynamoFacilitySchedule(client, table);
        loader.load(BUNDLED.get(1));
        // an area whose item exceeds DynamoDB's 400 KB item limit makes the write fail half-way
        String huge = "x".repeat(420_000);
        List<com.epiduralestimator.domain.WageArea> areas = new ArrayList<>(BUNDLED.get(1).areas());
        areas.add(new com.epiduralestimator.domain.WageArea("99998", huge, List.of(), Optional.empty(),
                Optional.empty()));
        FacilityData broken = new FacilityData(2026, Set.of(FacilityType.ASC), List.of(), areas, List.of());
        assertThatThrownBy(() -> loader.load(broken)).isInstanceOf(RuntimeException.class);

        var slice = schedule.slice(new FacilitySliceRequest(2026, Set.of("62321"), Optional.of("12420")));
        assertThat(slice.types()).hasSize(3);
        assertThat(slice.rates().get("62321").opps().orElseThrow().rate()).isEqualByComparingTo("721.17");
        loader.load(BUNDLED.get(1)); // the claim was released: a new load is not refused
    }

    @Test
    void aLoadNamesItsRateSetsInTheFeeCatalogWhenTheFeeYearIsLoaded() {
        String table = newTable();
        FacilityLoader loader = new FacilityLoader(client, table);
        // before the fee year: loaded and usable, but not in the catalog (GET /v1/schedules lists fee years)
        FacilityLoader.Result early = loader.load(BUNDLED.get(0));
        assertThat(early.catalogRecorded()).isFalse();
        assertThat(new DynamoFacilitySchedule(client, table).slice(new FacilitySliceRequest(2025, Set.of("62321"),
                Optional.empty())).rates()).containsKey("62321");

        new ScheduleLoader(client, table).load(com.epiduralestimator.TestSchedules.year2025());
        FacilityLoader.Result result = loader.load(BUNDLED.get(0));
        assertThat(result.catalogRecorded()).isTrue();
        assertThat(new DynamoFeeSchedule(client, table).loadedSchedules()).singleElement()
                .satisfies(s -> assertThat(s.facilityRates()).containsExactly("asc", "hospital-outpatient"));
        // an ASC-only reload names only the ASC
        FacilityData ascOnly = new FacilityData(2025, Set.of(FacilityType.ASC), BUNDLED.get(0).rates(),
                BUNDLED.get(0).areas(), BUNDLED.get(0).floors());
        loader.load(ascOnly);
        assertThat(new DynamoFeeSchedule(client, table).loadedSchedules().get(0).facilityRates())
                .containsExactly("asc");
    }

    @Test
    void aFreshClaimOfTheYearRefusesASecondLoadAndAStaleOneIsTakenOver() {
        String table = newTable();
        java.time.Instant died = java.time.Instant.parse("2026-06-01T12:00:00Z");
        // a load of 2026 that claimed its slot and died before the flip
        client.putItem(b -> b.tableName(table).item(FacilityPointer.item(1, java.util.Map.of(),
                java.util.Map.of(2026, new FacilityPointer.Loading("dead-load", died.toEpochMilli())))));
        FacilityLoader tooSoon = new FacilityLoader(client, table,
                java.time.Clock.fixed(died.plus(java.time.Duration.ofMinutes(14)), java.time.ZoneOffset.UTC));
        assertThatThrownBy(() -> tooSoon.load(BUNDLED.get(1))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another facility load of 2026 (load id dead-load)");

        FacilityLoader later = new FacilityLoader(client, table,
                java.time.Clock.fixed(died.plus(java.time.Duration.ofMinutes(15)), java.time.ZoneOffset.UTC));
        assertThat(later.load(BUNDLED.get(1)).slot()).isEqualTo("A");
        assertThat(new DynamoFacilitySchedule(client, table).slice(new FacilitySliceRequest(2026, Set.of("62321"),
                Optional.empty())).rates().get("62321").opps().orElseThrow().rate()).isEqualByComparingTo("721.17");
    }
}
