package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.RecordOutcome;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionLedger;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The session ledger on DynamoDB. A patient's sessions in one region share a partition, sorted by date: the
 * frequency check is one strongly consistent Query, and recording is a put conditional on the key being free,
 * so of concurrent identical records exactly one creates the item.
 */
public final class DynamoSessionLedger implements SessionLedger {
    private final DynamoDbClient client;
    private final String table;

    public DynamoSessionLedger(DynamoDbClient client, String table) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public List<RecordedSession> sessionsFrom(PatientRef patient, SpinalRegion region, LocalDate from) {
        Map<String, AttributeValue> values = Map.of(
                ":pk", AttributeValue.fromS(SessionItemMapper.partition(patient, region)),
                ":from", AttributeValue.fromS(from.toString()));
        List<RecordedSession> sessions = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            QueryResponse page = query(values, startKey);
            page.items().forEach(item -> sessions.add(SessionItemMapper.session(patient, region, item)));
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
            Map<String, AttributeValue> item = stored(session);
            // When an attempt's answer is lost (timeout) the SDK retries it and the retry fails the condition on
            // the item the first attempt wrote: that item is still this call's creation.
            boolean ours = writeId.equals(SessionItemMapper.writeId(item));
            return new RecordOutcome(SessionItemMapper.session(session.patient(), session.region(), item), ours);
        } catch (SdkException e) {
            throw DynamoFailures.translate("PutItem (record session)", e);
        }
    }

    private Map<String, AttributeValue> stored(RecordedSession session) {
        Map<String, AttributeValue> item;
        try {
            item = client.getItem(b -> b.tableName(table)
                    .key(SessionItemMapper.key(session.patient(), session.region(), session.dateOfService()))
                    .consistentRead(true)).item();
        } catch (SdkException e) {
            throw DynamoFailures.translate("GetItem (stored session)", e);
        }
        if (item == null || item.isEmpty()) {
            // The condition failed, so the item existed; nothing in this design deletes sessions.
            throw DynamoFailures.unavailable("GetItem (stored session) found no item", DynamoFailures.RETRY_AFTER, null);
        }
        return item;
    }

    private QueryResponse query(Map<String, AttributeValue> values, Map<String, AttributeValue> startKey) {
        try {
            return client.query(b -> b.tableName(table)
                    .keyConditionExpression("pk = :pk AND sk >= :from")
                    .expressionAttributeValues(values)
                    .consistentRead(true)
                    .exclusiveStartKey(startKey));
        } catch (SdkException e) {
            throw DynamoFailures.translate("Query (sessions from)", e);
        }
    }
}
