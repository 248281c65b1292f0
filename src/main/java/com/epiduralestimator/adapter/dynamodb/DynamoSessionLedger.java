package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.RecordOutcome;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionLedger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The session ledger on DynamoDB. A patient's sessions share a partition, sorted by date then region: the
 * estimate's history (both regions, for the cap and FREQ-ONE-REGION) is one strongly consistent Query. Recording
 * is a put conditional on the key being free, so of concurrent identical records exactly one creates the item.
 * Corrections and voids find the item through the keys-only GSI {@code bySessionId}, read it consistently and put
 * it back on condition of the version they read. No transactions.
 */
public final class DynamoSessionLedger implements SessionLedger {
    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public DynamoSessionLedger(DynamoDbClient client, String table) {
        this(client, table, Clock.systemUTC());
    }

    /** @param clock decides which sessions are past their retention: TTL deletion lags, so reads filter too */
    public DynamoSessionLedger(DynamoDbClient client, String table, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<RecordedSession> sessionsFrom(PatientRef patient, LocalDate from) {
        Map<String, AttributeValue> values = Map.of(
                ":pk", AttributeValue.fromS(SessionItemMapper.partition(patient)),
                ":from", AttributeValue.fromS(from.toString()));
        List<RecordedSession> sessions = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            QueryResponse page = query(values, startKey);
            for (Map<String, AttributeValue> item : page.items()) {
                RecordedSession s = SessionItemMapper.session(patient, item);
                if (!s.expiredAt(clock.instant())) {
                    sessions.add(s);
                }
            }
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return List.copyOf(sessions);
    }

    @Override
    public RecordOutcome record(RecordedSession session) {
        String writeId = UUID.randomUUID().toString();
        try {
            client.putItem(b -> b.tableName(table)
                    .item(SessionItemMapper.item(session, writeId))
                    .conditionExpression("attribute_not_exists(pk)"));
            return new RecordOutcome(session, true);
        } catch (ConditionalCheckFailedException alreadyStored) {
            Map<String, AttributeValue> item = get(SessionItemMapper.key(session), "GetItem (stored session)");
            if (item.isEmpty()) {
                // The condition failed, so the item existed: it expired and was deleted in between. Retry later.
                throw DynamoFailures.unavailable("GetItem (stored session) found no item", DynamoFailures.RETRY_AFTER,
                        null);
            }
            // When an attempt's answer is lost (timeout) the SDK retries it and the retry fails the condition on
            // the item the first attempt wrote: that item is still this call's creation.
            boolean ours = writeId.equals(SessionItemMapper.writeId(item));
            return new RecordOutcome(SessionItemMapper.session(session.patient(), item), ours);
        } catch (SdkException e) {
            throw DynamoFailures.translate("PutItem (record session)", e);
        }
    }

    @Override
    public Optional<RecordedSession> find(String tenant, String sessionId) {
        QueryResponse found;
        try {
            found = client.query(b -> b.tableName(table).indexName(SessionItemMapper.BY_SESSION_ID)
                    .keyConditionExpression("sid = :sid")
                    .expressionAttributeValues(Map.of(":sid",
                            AttributeValue.fromS(SessionItemMapper.sessionIdKey(tenant, sessionId)))));
        } catch (SdkException e) {
            throw DynamoFailures.translate("Query (session by id)", e);
        }
        if (found.items().isEmpty()) {
            return Optional.empty();
        }
        // The index is eventually consistent: it gives the item's key, the table gives the item as it is now.
        Map<String, AttributeValue> keyOnly = found.items().get(0);
        Map<String, AttributeValue> item = get(Map.of(SessionItemMapper.PK, keyOnly.get(SessionItemMapper.PK),
                SessionItemMapper.SK, keyOnly.get(SessionItemMapper.SK)), "GetItem (session by id)");
        if (item.isEmpty() || !sessionId.equals(item.get("sessionId").s()) || !tenant.equals(item.get("tenant").s())) {
            return Optional.empty();
        }
        RecordedSession session = SessionItemMapper.session(SessionItemMapper.patientOf(item), item);
        return session.expiredAt(clock.instant()) ? Optional.empty() : Optional.of(session);
    }

    @Override
    public boolean replace(RecordedSession updated, long expectedVersion) {
        String writeId = UUID.randomUUID().toString();
        try {
            client.putItem(b -> b.tableName(table)
                    .item(SessionItemMapper.item(updated, writeId))
                    .conditionExpression("#v = :expected AND sessionId = :id")
                    .expressionAttributeNames(Map.of("#v", SessionItemMapper.VERSION))
                    .expressionAttributeValues(Map.of(
                            ":expected", AttributeValue.fromN(Long.toString(expectedVersion)),
                            ":id", AttributeValue.fromS(updated.sessionId()))));
            return true;
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            // A lost answer retried by the SDK fails the condition on our own write: still ours.
            Map<String, AttributeValue> item = get(SessionItemMapper.key(updated), "GetItem (replaced session)");
            return writeId.equals(SessionItemMapper.writeId(item));
        } catch (SdkException e) {
            throw DynamoFailures.translate("PutItem (replace session)", e);
        }
    }

    private Map<String, AttributeValue> get(Map<String, AttributeValue> key, String operation) {
        try {
            Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table).key(key).consistentRead(true))
                    .item();
            return item == null ? Map.of() : item;
        } catch (SdkException e) {
            throw DynamoFailures.translate(operation, e);
        }
    }

    private QueryResponse query(Map<String, AttributeValue> values, Map<String, AttributeValue> startKey) {
        try {
            return client.query(QueryRequest.builder().tableName(table)
                    .keyConditionExpression("pk = :pk AND sk >= :from")
                    .expressionAttributeValues(values)
                    .consistentRead(true)
                    .exclusiveStartKey(startKey)
                    .build());
        } catch (SdkException e) {
            throw DynamoFailures.translate("Query (sessions from)", e);
        }
    }
}
