package com.epiduralestimator.adapter.dynamodb;

import static com.epiduralestimator.application.ScheduleFixtures.*;
import static com.epiduralestimator.domain.SpinalRegion.CERVICAL_THORACIC;
import static com.epiduralestimator.domain.SpinalRegion.LUMBAR_SACRAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.SessionSettings;
import com.epiduralestimator.application.ChangeReason;
import com.epiduralestimator.application.PerformedBy;
import com.epiduralestimator.application.LedgerFixtures;
import java.util.Set;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.application.PatientKeys;
import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionRecorder;
import com.epiduralestimator.domain.SessionLine;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The table design's promise: one request per fee lookup and one per frequency check. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DynamoRequestCountTest {
    private final RequestLog log = new RequestLog();
    private final DynamoDbClient client = DynamoDbTestServer.get().client(log);
    private DynamoFeeSchedule schedule;
    private DynamoSessionLedger ledger;

    @BeforeAll
    void createAndLoad() {
        String fees = DynamoDbTestServer.uniqueTableName("fees");
        String sessions = DynamoDbTestServer.uniqueTableName("sessions");
        new DynamoTables(client).createIfAbsent(new DynamoTables.Names(fees, sessions));
        new ScheduleLoader(client, fees).load(Y2025);
        schedule = new DynamoFeeSchedule(client, fees);
        ledger = new DynamoSessionLedger(client, sessions);
    }

    @AfterAll
    void closeClient() {
        client.close();
    }

    @BeforeEach
    void clearLog() {
        log.clear();
    }

    @Test
    void aSliceByZipWithSeveralCodesIsOneBatchGetItem() {
        schedule.slice(byZip(2025, "94128", "62321", "64479", "64480", "77003"));

        assertThat(log.operations).containsExactly("BatchGetItem");
        assertThat(log.transmissions).hasSize(1);
    }

    @Test
    void aSliceOfAYearNotLoadedIsOneBatchGetItem() {
        schedule.slice(byLocality(2019, SAN_FRANCISCO, "62321"));

        assertThat(log.operations).containsExactly("BatchGetItem");
        assertThat(log.transmissions).hasSize(1);
    }

    @Test
    void sessionsFromIsOneQueryAndANewRecordOnePut() {
        PatientRef patient = new PatientRef("tenant-count", "hmac-count");
        for (String date : List.of("2025-01-10", "2025-02-10", "2025-03-10")) {
            ledger.record(LedgerFixtures.recorded(patient, CERVICAL_THORACIC, LocalDate.parse(date),
                    List.of(new SessionLine(new HcpcsCode("62321"), 1, List.of())), Instant.parse("2025-03-10T10:00:00Z")));
        }
        assertThat(log.operations).containsExactly("PutItem", "PutItem", "PutItem");
        log.clear();

        assertThat(LedgerFixtures.activeSessions(ledger, patient, CERVICAL_THORACIC, LocalDate.parse("2024-03-11"))).hasSize(3);

        assertThat(log.operations).containsExactly("Query");
        assertThat(log.transmissions).hasSize(1);
    }

    @Test
    void aRepeatedRecordIsAPutAndAConsistentGet() {
        PatientRef patient = new PatientRef("tenant-count", "hmac-repeat");
        RecordedSession session = LedgerFixtures.recorded(patient, CERVICAL_THORACIC, LocalDate.parse("2025-04-01"),
                List.of(new SessionLine(new HcpcsCode("62321"), 1, List.of())), Instant.parse("2025-04-01T10:00:00Z"));
        ledger.record(session);
        log.clear();

        ledger.record(session);

        assertThat(log.operations).containsExactly("PutItem", "GetItem");
    }

    @Test
    void bothRegionsOfAPatientAreOneQuery() {
        PatientRef patient = new PatientRef("tenant-count", "hmac-both");
        ledger.record(LedgerFixtures.recorded(patient, CERVICAL_THORACIC, LocalDate.parse("2025-05-01"),
                List.of(new SessionLine(new HcpcsCode("62321"), 1, List.of())), Instant.parse("2025-05-01T10:00:00Z")));
        ledger.record(LedgerFixtures.recorded(patient, LUMBAR_SACRAL, LocalDate.parse("2025-05-01"),
                List.of(new SessionLine(new HcpcsCode("62323"), 1, List.of())), Instant.parse("2025-05-01T10:00:00Z")));
        log.clear();

        assertThat(ledger.sessionsFrom(patient, LocalDate.parse("2024-05-02"))).hasSize(2);

        assertThat(log.operations).containsExactly("Query");
    }

    @Test
    void searchIsOneQueryAndACorrectionOrAVoidIsAnIndexQueryAGetAndAConditionalPut() {
        SessionRecorder recorder = new SessionRecorder(ledger, new PatientKeys(
                "request-count-secret-0123456789abcdef-01".getBytes(StandardCharsets.UTF_8), Set.of()), Clock.systemUTC(), SessionSettings.DEFAULT_RETENTION_YEARS);
        String id = recorder.record("tenant-count", "MRN-COUNT", LocalDate.parse("2025-06-01"),
                List.of(new SessionLine(new HcpcsCode("62321"), 1, List.of())), PerformedBy.THIS_PRACTICE, "local").stored().sessionId();
        assertThat(log.operations).containsExactly("PutItem");
        log.clear();

        recorder.search("tenant-count", "MRN-COUNT", Optional.empty(), Optional.empty(), true);
        assertThat(log.operations).containsExactly("Query");
        log.clear();

        recorder.correct("tenant-count", id, List.of(new SessionLine(new HcpcsCode("64479"), 1, List.of())), ChangeReason.WRONG_CODE, "u");
        assertThat(log.operations).containsExactly("Query", "GetItem", "PutItem");
        log.clear();

        recorder.voidSession("tenant-count", id, ChangeReason.ENTERED_IN_ERROR, "u");
        assertThat(log.operations).containsExactly("Query", "GetItem", "PutItem");
    }

    /** Counts executions (one per API call) and transmissions (one per HTTP attempt, retries included). */
    static final class RequestLog implements ExecutionInterceptor {
        final List<String> operations = new CopyOnWriteArrayList<>();
        final List<String> transmissions = new CopyOnWriteArrayList<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            transmissions.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }

        void clear() {
            operations.clear();
            transmissions.clear();
        }
    }
}
