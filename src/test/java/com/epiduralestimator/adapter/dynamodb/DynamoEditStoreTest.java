package com.epiduralestimator.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.application.EditStore;
import com.epiduralestimator.application.EditStoreContract;
import com.epiduralestimator.application.LoadedEdition;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.application.SliceRequest;
import com.epiduralestimator.domain.EditKind;
import com.epiduralestimator.domain.Edition;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The edit store contract on DynamoDB (dynalite): a fresh fee table per test; reads are the requests the store
 * sends (the list is one GetItem, a table one BatchGetItem of its chunks).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DynamoEditStoreTest extends EditStoreContract {
    private final DynamoRequestCountTest.RequestLog log = new DynamoRequestCountTest.RequestLog();
    private final DynamoDbClient client = DynamoDbTestServer.get().client(log);
    private String table;

    @AfterAll
    void closeClient() {
        client.close();
    }

    @Override
    protected EditStore store() {
        String fees = DynamoDbTestServer.uniqueTableName("fees");
        String sessions = DynamoDbTestServer.uniqueTableName("sessions");
        new DynamoTables(client).createIfAbsent(new DynamoTables.Names(fees, sessions));
        table = fees;
        return new DynamoEditStore(client, fees);
    }

    @Override
    protected int reads() {
        return (int) log.operations.stream().filter(o -> o.equals("GetItem") || o.equals("BatchGetItem")).count();
    }

    /**
     * Issue 23: a cold estimate of two codes listed the editions with a GetItem of its own before its fee slice's
     * BatchGetItem. The fee schedule's first slice read now brings the list along (its key in the same
     * BatchGetItem): listing it then sends nothing; later slice reads do not bring it again, and a later listing
     * (what {@code GET /v1/schedules} reads afresh) is a BatchGetItem of the list's one key (no GetItem: the
     * estimates function is granted none).
     */
    @Test
    void theFeeSchedulesFirstSliceReadBringsTheListAlongAndListingItThenSendsNothing() {
        DynamoEditStore store = (DynamoEditStore) store();
        Edition q1 = new Edition(EditKind.PTP_PRACTITIONER, "2026Q1", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-03-31"), false, List.of());
        store.save(new LoadedEdition(q1, List.of(new ScheduleSource("ptp-practitioner", "ccipra-v321r0-f1.txt",
                "b566d407c5578a2dfd1d2801003712e68f0cccaacc2c026da5e1b560f980bf32")), 1,
                Optional.of(java.time.Instant.parse("2026-01-05T10:00:00Z"))),
                "62323\t644831\n");
        DynamoFeeSchedule fees = new DynamoFeeSchedule(client, table, store);
        SliceRequest slice = new SliceRequest(2026, Set.of("64483", "64484"), Optional.empty(), Optional.empty());
        log.clear();

        fees.slice(slice);
        assertThat(store.editions()).singleElement().satisfies(e -> assertThat(e.edition()).isEqualTo(q1));
        assertThat(log.operations).containsExactly("BatchGetItem");

        fees.slice(slice);
        assertThat(store.editions()).hasSize(1);
        assertThat(log.operations).containsExactly("BatchGetItem", "BatchGetItem", "BatchGetItem");
    }

    /** A table where nothing was loaded: the slice read finds no list, and listing it is empty, still no request. */
    @Test
    void aListBroughtAlongFromATableWithNoneIsEmpty() {
        DynamoEditStore store = (DynamoEditStore) store();
        DynamoFeeSchedule fees = new DynamoFeeSchedule(client, table, store);
        log.clear();
        fees.slice(new SliceRequest(2026, Set.of("64483"), Optional.empty(), Optional.empty()));
        assertThat(store.editions()).isEmpty();
        assertThat(log.operations).containsExactly("BatchGetItem");
    }
}
