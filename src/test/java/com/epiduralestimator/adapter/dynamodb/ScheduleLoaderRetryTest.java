package com.epiduralestimator.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleSlice;
import com.epiduralestimator.application.SliceRequest;
import com.epiduralestimator.application.StoreUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;

/**
 * A bulk load on a slow store: a BatchWriteItem that times out (the client's 2 s budget is a Lambda request's) is
 * sent again, since its puts are idempotent; one that keeps failing stops the load with nothing of it visible.
 */
class ScheduleLoaderRetryTest {

    /** Fails the first {@code failures} BatchWriteItem calls as a timed-out call does, before they reach the store. */
    private static final class FailingWrites implements ExecutionInterceptor {
        private final AtomicInteger left;
        final AtomicInteger failed = new AtomicInteger();

        FailingWrites(int failures) {
            this.left = new AtomicInteger(failures);
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (context.request() instanceof BatchWriteItemRequest && left.getAndDecrement() > 0) {
                failed.incrementAndGet();
                throw SdkClientException.create("injected: the call did not complete in time");
            }
        }
    }

    private static SliceRequest ask2025() {
        return new SliceRequest(2025, Set.of("62321"), Optional.empty(), Optional.empty());
    }

    @Test
    void aTimedOutBatchIsSentAgainAndTheLoadCompletes() {
        FailingWrites faults = new FailingWrites(4); // more than the SDK's own attempts for one call
        try (DynamoDbClient client = DynamoDbTestServer.get().client(faults)) {
            String table = DynamoDbTestServer.uniqueTableName("fees");
            new DynamoTables(client).createIfAbsent(table);
            new ScheduleLoader(client, table, Duration.ofMillis(5), 1, Clock.systemUTC())
                    .load(TestSchedules.year2025());
            FeeSchedule schedule = new DynamoFeeSchedule(client, table);
            ScheduleSlice slice = schedule.slice(ask2025());
            assertThat(faults.failed.get()).isEqualTo(4);
            assertThat(slice.year()).isPresent();
            assertThat(slice.rows()).containsKey("62321");
        }
    }

    @Test
    void aBatchThatKeepsFailingStopsTheLoadAndNothingOfItIsVisible() {
        FailingWrites faults = new FailingWrites(Integer.MAX_VALUE);
        try (DynamoDbClient client = DynamoDbTestServer.get().client(faults)) {
            String table = DynamoDbTestServer.uniqueTableName("fees");
            new DynamoTables(client).createIfAbsent(table);
            ScheduleLoader loader = new ScheduleLoader(client, table, Duration.ofMillis(1), 1, Clock.systemUTC());
            assertThatThrownBy(() -> loader.load(TestSchedules.year2025()))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("BatchWriteItem (schedule load)");
            assertThat(new DynamoFeeSchedule(client, table).slice(ask2025()).year()).isEmpty();
            assertThat(new DynamoFeeSchedule(client, table).loadedSchedules()).isEmpty();
        }
    }
}
