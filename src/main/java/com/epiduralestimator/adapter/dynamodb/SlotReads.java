package com.epiduralestimator.adapter.dynamodb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The reader's half of the A/B slot protocol, one way for the fee schedule ({@link FeeCatalog}) and the facility
 * data ({@link FacilityPointer}): the pointer item and both slots' items in one strongly consistent
 * BatchGetItem (the pointer and the items it names as of one moment after a flip), then only the items of the slot
 * and load the pointer names, so a reload is seen whole or not at all.
 */
final class SlotReads {
    private static final int MAX_KEYS_PER_BATCH = 100;
    /** Unprocessed keys (throttling) sent again 3 times, after 25, 50 and 100 ms: within a request's budget. */
    private static final BatchRetry UNPROCESSED = new BatchRetry(3, Duration.ofMillis(25), Duration.ofMillis(100),
            false);

    private SlotReads() {}

    /** Every item found for the keys: one call, more only past 100 keys or when DynamoDB leaves keys unprocessed. */
    static List<Map<String, AttributeValue>> batchGet(DynamoDbClient client, String table, String operation,
                                                      List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        // More than 100 keys only for a request of ~47 codes or more: split rather than fail.
        Read read = new Read(client, table, operation, items);
        for (int from = 0; from < keys.size(); from += MAX_KEYS_PER_BATCH) {
            UNPROCESSED.run(operation, keys.subList(from, Math.min(keys.size(), from + MAX_KEYS_PER_BATCH)), read);
        }
        return items;
    }

    /** One BatchGetItem of the pending keys: a class, not a lambda, on every cold read (docs/performance.md). */
    private static final class Read implements BatchRetry.Call<Map<String, AttributeValue>> {
        private final DynamoDbClient client;
        private final String table;
        private final String operation;
        private final List<Map<String, AttributeValue>> items;

        Read(DynamoDbClient client, String table, String operation, List<Map<String, AttributeValue>> items) {
            this.client = client;
            this.table = table;
            this.operation = operation;
            this.items = items;
        }

        @Override
        public List<Map<String, AttributeValue>> send(List<Map<String, AttributeValue>> pending, int attempt) {
            BatchGetItemResponse response;
            try {
                response = client.batchGetItem(BatchGetItemRequest.builder().requestItems(Map.of(
                        table, KeysAndAttributes.builder().keys(pending).consistentRead(true).build())).build());
            } catch (SdkException e) {
                throw DynamoFailures.translate(operation, e);
            }
            items.addAll(response.responses().getOrDefault(table, List.of()));
            KeysAndAttributes unprocessed = response.unprocessedKeys().get(table);
            return unprocessed == null ? List.of() : unprocessed.keys();
        }
    }

    /** Only the items of the active slot's partition and the active load, by sort key: never a mix of two loads. */
    static Map<String, Map<String, AttributeValue>> activeItems(String activePartition, String activeLoadId,
                                                               List<Map<String, AttributeValue>> items) {
        Map<String, Map<String, AttributeValue>> bySk = new HashMap<>();
        for (Map<String, AttributeValue> item : items) {
            if (activePartition.equals(FeeKeys.pk(item)) && activeLoadId.equals(FeeKeys.loadId(item))) {
                bySk.put(FeeKeys.sk(item), item);
            }
        }
        return bySk;
    }
}
