package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.PerformedBy;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionChange;
import com.epiduralestimator.application.SessionIds;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Rewrites the session items of the first design ({@code pk = T#<tenant>#P#<key>#R#<region>}, {@code sk = <date>})
 * into the per-patient shape of {@link SessionItemMapper}: a new random session id, status active, this practice,
 * the retention expiry, and a history of the original recording plus the migration. Each item: one conditional
 * PutItem of the new item (a session already recorded there in the new shape is kept), then one conditional
 * DeleteItem of the old. Re-runnable: a second run finds nothing to do. No transactions: a crash between the two
 * leaves both items, and the next run deletes the old one. Patient ids are never needed: the HMAC is kept as is.
 */
public final class SessionMigration {
    /** What a run did. */
    public record Summary(long scanned, long migrated, long alreadyThere, long expired) {}

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;
    private final int retentionYears;

    public SessionMigration(DynamoDbClient client, String table, Clock clock, int retentionYears) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retentionYears = retentionYears;
    }

    public Summary run() {
        long scanned = 0;
        long migrated = 0;
        long alreadyThere = 0;
        long expired = 0;
        Map<String, AttributeValue> startKey = null;
        do {
            ScanResponse page = scan(startKey);
            for (Map<String, AttributeValue> item : page.items()) {
                scanned++;
                Optional<RecordedSession> converted = legacy(item);
                if (converted.isEmpty()) {
                    continue;
                }
                RecordedSession session = converted.get();
                if (session.expiredAt(clock.instant())) {
                    expired++;
                } else if (put(session)) {
                    migrated++;
                } else {
                    alreadyThere++;
                }
                delete(item);
            }
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return new Summary(scanned, migrated, alreadyThere, expired);
    }

    /** The session an item of the first design holds; empty for an item of the current shape. */
    Optional<RecordedSession> legacy(Map<String, AttributeValue> item) {
        String pk = item.get(SessionItemMapper.PK).s();
        int r = pk.lastIndexOf("#R#");
        int p = pk.indexOf("#P#");
        if (r < 0 || p < 0 || !pk.startsWith("T#")) {
            return Optional.empty();
        }
        String tenant = pk.substring(2, p);
        String patientKey = pk.substring(p + 3, r);
        SpinalRegion region = SessionStorageNames.region(pk.substring(r + 3));
        LocalDate date = LocalDate.parse(item.get(SessionItemMapper.SK).s());
        // Whole seconds, as recordedAt is written now: a nanosecond time is a fingerprint to link to other logs.
        Instant recordedAt = Instant.parse(item.get("recordedAt").s()).truncatedTo(ChronoUnit.SECONDS);
        List<SessionChange> history = List.of(
                new SessionChange(recordedAt, "unknown", SessionChange.Action.RECORDED, Optional.empty()),
                new SessionChange(clock.instant().truncatedTo(ChronoUnit.SECONDS), "migration", SessionChange.Action.MIGRATED,
                        Optional.empty())); // the action says what happened; no free text is stored (issue 22)
        return Optional.of(new RecordedSession(SessionIds.random(), new PatientRef(tenant, patientKey), region, date,
                item.get("lines").l().stream().map(v -> SessionItemMapper.line(v.m())).toList(), recordedAt,
                PerformedBy.THIS_PRACTICE, false, history, 1, RecordedSession.expiry(date, retentionYears)));
    }

    private boolean put(RecordedSession session) {
        try {
            client.putItem(b -> b.tableName(table)
                    .item(SessionItemMapper.item(session, UUID.randomUUID().toString()))
                    .conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException alreadyThere) {
            return false;
        } catch (SdkException e) {
            throw DynamoFailures.translate("PutItem (migrate session)", e);
        }
    }

    private void delete(Map<String, AttributeValue> item) {
        try {
            client.deleteItem(b -> b.tableName(table)
                    .key(Map.of(SessionItemMapper.PK, item.get(SessionItemMapper.PK),
                            SessionItemMapper.SK, item.get(SessionItemMapper.SK))));
        } catch (SdkException e) {
            throw DynamoFailures.translate("DeleteItem (migrated session)", e);
        }
    }

    private ScanResponse scan(Map<String, AttributeValue> startKey) {
        try {
            return client.scan(b -> b.tableName(table).consistentRead(true).exclusiveStartKey(startKey));
        } catch (SdkException e) {
            throw DynamoFailures.translate("Scan (migrate sessions)", e);
        }
    }
}
