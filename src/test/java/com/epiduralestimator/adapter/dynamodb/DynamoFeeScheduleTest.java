package com.epiduralestimator.adapter.dynamodb;

import static com.epiduralestimator.application.ScheduleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.FeeScheduleContract;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.ScheduleSlice;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.ZipCode;
import com.epiduralestimator.domain.ZipLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The fee schedule contract on a real DynamoDB-compatible server, plus what only the loader does. */
class DynamoFeeScheduleTest extends FeeScheduleContract {
    private final DynamoDbClient client = DynamoDbTestServer.get().client();

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
    protected FeeSchedule scheduleLoadedWith(List<ScheduleData> years) {
        String table = newTable();
        ScheduleLoader loader = new ScheduleLoader(client, table);
        years.forEach(loader::load);
        return new DynamoFeeSchedule(client, table);
    }

    @Test
    void loadingAgainAndLoadingAnotherYearKeepsEveryYearListedOnce() {
        String table = newTable();
        ScheduleLoader loader = new ScheduleLoader(client, table);
        FeeSchedule schedule = new DynamoFeeSchedule(client, table);

        loader.load(Y2025);
        loader.load(Y2024);
        loader.load(Y2025);

        ScheduleSlice slice = schedule.slice(byLocality(2025, SAN_FRANCISCO, "62321"));
        assertThat(slice.loadedYears()).containsExactly(2024, 2025);
        assertThat(normalized(slice).rows().get("62321")).containsExactly(normalized(R62321));
    }

    @Test
    void aCatalogWrittenWithoutAVersionIsTakenOverNotFailedOn() {
        String table = newTable();
        client.putItem(b -> b.tableName(table).item(java.util.Map.of(
                "pk", AttributeValue.fromS("CATALOG"), "sk", AttributeValue.fromS("YEARS"))));

        new ScheduleLoader(client, table).load(Y2024);
        new ScheduleLoader(client, table).load(Y2025);

        assertThat(new DynamoFeeSchedule(client, table).slice(codesOnly(2025, "62321")).loadedYears())
                .containsExactly(2024, 2025);
    }

    @Test
    void aLoadLargerThanOneBatchWritesEveryItem() {
        // 60 codes and 120 ZIP prefixes: 181 items, eight BatchWriteItem calls of at most 25, several in flight.
        List<FeeRow> rows = new ArrayList<>();
        IntStream.range(0, 60).forEach(i -> rows.add(new FeeRow(Integer.toString(10000 + i), "", 'A',
                new BigDecimal("1.5"), BigDecimal.ONE, false, BigDecimal.ONE, false, new BigDecimal("0.1"), "0", "000", 2, 0)));
        List<ZipLocation> zips = new ArrayList<>();
        IntStream.range(0, 120).forEach(i -> zips.add(new ZipLocation(
                new ZipCode(String.format("%03d01", 100 + i)), SAN_FRANCISCO, i % 2 == 0)));
        ScheduleData big = new ScheduleData(com.epiduralestimator.TestSchedules.PARAMETERS_2026, rows, List.of(SF_2025), zips, List.of(), List.of());
        String table = newTable();

        int written = new ScheduleLoader(client, table).load(big);

        assertThat(written).isEqualTo(60 + 1 + 120 + 1); // codes, localities, ZIP groups, catalog
        FeeSchedule schedule = new DynamoFeeSchedule(client, table);
        ScheduleSlice slice = schedule.slice(byZip(2026, "21901", "10000", "10059"));
        assertThat(slice.rows()).containsOnlyKeys("10000", "10059");
        assertThat(slice.zip()).contains(new ZipLocation(new ZipCode("21901"), SAN_FRANCISCO, false));
        assertThat(schedule.slice(byZip(2026, "21801", "10000")).zip().orElseThrow().splitByPlusFour()).isTrue();
        assertThat(schedule.slice(byLocality(2026, new LocalityId("0111205"))).locality()).isPresent();
    }
}
