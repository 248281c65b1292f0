package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.TestSchedules;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue #14, finding 7: the stored {@code recordedAt} is coarsened to whole seconds (a nanosecond timestamp is a
 * near-unique fingerprint to correlate a session with other logs), on both stores, in the item and in every answer.
 */
class RecordedAtTest {
    /** 12:00:00.123456789: the sub-second part must not survive. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T12:00:00.123456789Z"), ZoneOffset.UTC);
    private static final String SESSION = sessionBody("MRN-REC-1", "2025-06-01", "62321");

    @Test
    void inMemory() {
        TrustHarness api = new TrustHarness(DependencyFactory.memory(config("unused", "unused"),
                List.of(TestSchedules.year2025()), SECRET, CLOCK));
        assertWholeSeconds(api);
    }

    @Test
    void onDynamoDb() {
        DynamoDbClient client = DynamoDbTestServer.get().client();
        Tables tables = TrustHarness.dynamoTables(client);
        TrustHarness api = new TrustHarness(DependencyFactory.dynamo(config(tables.fees(), tables.sessions()),
                client, Optional.of(SECRET), CLOCK));
        assertWholeSeconds(api);
        List<String> stored = new ArrayList<>();
        client.scanPaginator(b -> b.tableName(tables.sessions())).items()
                .forEach(item -> stored.add(item.get("recordedAt").s()));
        assertThat(stored).containsExactly("2025-07-01T12:00:00Z");
    }

    private static void assertWholeSeconds(TrustHarness api) {
        Response created = api.postSession(SESSION, "clinic-a");
        Response again = api.postSession(SESSION, "clinic-a");
        assertThat(created.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(created.json().get("recordedAt")).isEqualTo("2025-07-01T12:00:00Z");
        assertThat(again.json().get("recordedAt")).isEqualTo("2025-07-01T12:00:00Z");
    }
}
