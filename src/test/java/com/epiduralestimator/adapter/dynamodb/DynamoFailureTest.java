package com.epiduralestimator.adapter.dynamodb;

import static com.epiduralestimator.application.ScheduleFixtures.*;
import static com.epiduralestimator.domain.SpinalRegion.LUMBAR_SACRAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.epiduralestimator.application.LedgerFixtures;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.StoreUnavailableException;
import com.epiduralestimator.domain.SessionLine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** An unreachable store or a missing table is a StoreUnavailableException that names the operation, not the data. */
class DynamoFailureTest {
    private static final String TENANT = "tenant-secret-7f3a";
    private static final String PATIENT_KEY = "hmac-of-patient-9c41e2";
    private static final RecordedSession SESSION = LedgerFixtures.recorded(new PatientRef(TENANT, PATIENT_KEY), LUMBAR_SACRAL,
            LocalDate.parse("2025-07-04"), List.of(new SessionLine(new HcpcsCode("62323"), 1, List.of("KX"))),
            Instant.parse("2025-07-04T09:00:00Z"));

    @Test
    void aClosedPortIsStoreUnavailableForEveryOperation() throws IOException {
        try (DynamoDbClient client = DynamoClients.create(Optional.of(URI.create("http://127.0.0.1:" + closedPort())))) {
            DynamoFeeSchedule schedule = new DynamoFeeSchedule(client, "epidural-fees");
            DynamoSessionLedger ledger = new DynamoSessionLedger(client, "epidural-sessions");

            assertUnavailable(() -> schedule.slice(byZip(2025, "94103", "62321")), "BatchGetItem");
            assertUnavailable(() -> ledger.sessionsFrom(SESSION.patient(), LocalDate.parse("2025-01-01")), "Query");
            assertUnavailable(() -> ledger.record(SESSION), "PutItem");
            assertUnavailable(() -> new ScheduleLoader(client, "epidural-fees").load(Y2025), "GetItem (schedule catalog)");
            assertUnavailable(() -> new DynamoTables(client).createIfAbsent("epidural-fees"), "DescribeTable");
        }
    }

    @Test
    void aMissingTableIsStoreUnavailable() {
        try (DynamoDbClient client = DynamoDbTestServer.get().client()) {
            String missing = DynamoDbTestServer.uniqueTableName("missing");
            DynamoFeeSchedule schedule = new DynamoFeeSchedule(client, missing);
            DynamoSessionLedger ledger = new DynamoSessionLedger(client, missing);

            assertUnavailable(() -> schedule.slice(byLocality(2025, SAN_FRANCISCO, "62321")), "BatchGetItem");
            assertUnavailable(() -> ledger.sessionsFrom(SESSION.patient(), LocalDate.parse("2025-01-01")), "Query");
            assertUnavailable(() -> ledger.record(SESSION), "PutItem");
        }
    }

    private static void assertUnavailable(Executable call, String operation) {
        StoreUnavailableException e = catchThrowableOfType(StoreUnavailableException.class, call::execute);

        assertThat(e).as(operation).isNotNull();
        assertThat(e.getMessage()).contains(operation)
                .doesNotContain(TENANT).doesNotContain(PATIENT_KEY).doesNotContain("62323").doesNotContain("2025-07-04")
                .doesNotContain("94103");
        assertThat(e.retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(e.getCause()).isNotNull();
    }

    /** A loopback port nothing listens on: bound, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
