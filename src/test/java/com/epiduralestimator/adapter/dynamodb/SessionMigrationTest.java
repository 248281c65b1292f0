package com.epiduralestimator.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.SessionSettings;
import com.epiduralestimator.application.PerformedBy;
import java.util.Set;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.application.PatientKeys;
import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionChange;
import com.epiduralestimator.application.SessionRecorder;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Items of the first design (per-region partition, no id, no history) are migrated, once, and then counted. */
class SessionMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);
    private final DynamoDbClient client = DynamoDbTestServer.get().client();
    private final PatientKeys keys = new PatientKeys(
            "migration-test-secret-0123456789abcdef-01".getBytes(StandardCharsets.UTF_8), Set.of());

    /** An item exactly as version 1's SessionItemMapper wrote it. */
    private void putFirstDesignItem(String table, PatientRef patient, SpinalRegion region, String date) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS("T#" + patient.tenant() + "#P#" + patient.patientKey() + "#R#"
                + region.wireName()));
        item.put("sk", AttributeValue.fromS(date));
        item.put("lines", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of("code",
                AttributeValue.fromS("62321"), "units", AttributeValue.fromN("1"), "modifiers",
                AttributeValue.fromL(List.of()))))));
        item.put("recordedAt", AttributeValue.fromS("2025-01-02T03:04:05.123Z"));
        item.put("tenant", AttributeValue.fromS(patient.tenant()));
        item.put("region", AttributeValue.fromS(region.wireName()));
        item.put("writeId", AttributeValue.fromS("w1"));
        client.putItem(b -> b.tableName(table).item(item));
    }

    @Test
    void firstDesignItemsAreRewrittenWithAnIdAndAHistoryAndThenCountedAndARerunDoesNothing() {
        String table = DynamoDbTestServer.uniqueTableName("migrate");
        new DynamoTables(client).createSessionTableIfAbsent(table);
        PatientRef patient = keys.ref("clinic-m", "MRN-OLD");
        putFirstDesignItem(table, patient, SpinalRegion.CERVICAL_THORACIC, "2025-01-02");
        putFirstDesignItem(table, patient, SpinalRegion.CERVICAL_THORACIC, "2025-03-02");
        putFirstDesignItem(table, patient, SpinalRegion.LUMBAR_SACRAL, "2021-05-05"); // past 3 years: dropped
        DynamoSessionLedger ledger = new DynamoSessionLedger(client, table, CLOCK);
        SessionRecorder recorder = new SessionRecorder(ledger, keys, CLOCK, SessionSettings.DEFAULT_RETENTION_YEARS);
        // Recorded after the deploy, before the migration ran: the new-shape item wins over the old one.
        recorder.record("clinic-m", "MRN-OLD", LocalDate.parse("2025-03-02"), List.of(new SessionLine(new HcpcsCode("64479"), 1,
                List.of())), PerformedBy.THIS_PRACTICE, "local");
        assertThat(ledger.sessionsFrom(patient, LocalDate.parse("2020-01-01"))).hasSize(1);

        SessionMigration.Summary summary = new SessionMigration(client, table, CLOCK, 3).run();

        assertThat(summary).isEqualTo(new SessionMigration.Summary(4, 1, 1, 1));
        List<RecordedSession> sessions = ledger.sessionsFrom(patient, LocalDate.parse("2020-01-01"));
        assertThat(sessions).extracting(RecordedSession::dateOfService)
                .containsExactly(LocalDate.parse("2025-01-02"), LocalDate.parse("2025-03-02"));
        RecordedSession migrated = sessions.get(0);
        assertThat(migrated.sessionId()).matches("s_[A-Za-z0-9_-]{22}");
        assertThat(migrated.history()).extracting(SessionChange::action)
                .containsExactly(SessionChange.Action.RECORDED, SessionChange.Action.MIGRATED);
        assertThat(migrated.expiresAt()).isEqualTo(Instant.parse("2028-01-02T00:00:00Z"));
        assertThat(ledger.find("clinic-m", migrated.sessionId())).contains(migrated);
        assertThat(sessions.get(1).lines()).containsExactly(new SessionLine(new HcpcsCode("64479"), 1, List.of()));
        assertThat(client.scan(b -> b.tableName(table)).items()).hasSize(2);

        assertThat(new SessionMigration(client, table, CLOCK, 3).run())
                .isEqualTo(new SessionMigration.Summary(2, 0, 0, 0));
        assertThat(ledger.sessionsFrom(patient, LocalDate.parse("2020-01-01"))).isEqualTo(sessions);
        assertThat(recorder.search("clinic-m", "MRN-OLD", Optional.empty(), Optional.empty(), false)).hasSize(2);
    }

    @Test
    void aSessionTableOfTheFirstVersionWithoutTheIndexIsRefusedWithWhatToDo() {
        String table = DynamoDbTestServer.uniqueTableName("v1-sessions");
        new DynamoTables(client).createIfAbsent(table); // as version 1 created it: no index

        assertThatThrownBy(() -> new DynamoTables(client).createSessionTableIfAbsent(table))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no bySessionId index");
    }
}
