package com.epiduralestimator.adapter.dynamodb;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * How a load writes a batch of items into its slot, one way for the fee schedule and the facility data: one
 * BatchWriteItem of up to {@value #BATCH_SIZE} puts; unprocessed items sent again up to 10 times, full jitter, the wait
 * doubling up to 5 s; a call that timed out or lost its connection sent again within the same budget (the puts are
 * idempotent). Still failing, the load stops, and nothing of it is visible (the pointer never flips to it).
 */
final class BatchWrites {
    static final int BATCH_SIZE = 25;
    private static final int MAX_UNPROCESSED_RETRIES = 10;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final DynamoDbClient client;
    private final String table;
    private final String operation;
    private final BatchRetry unprocessed;

    BatchWrites(DynamoDbClient client, String table, String operation, Duration firstBackoff) {
        this.client = client;
        this.table = table;
        this.operation = operation;
        this.unprocessed = new BatchRetry(MAX_UNPROCESSED_RETRIES, firstBackoff, MAX_BACKOFF, true);
    }

    /** Writes the items (at most {@value #BATCH_SIZE}); returns how many. */
    int write(List<Map<String, AttributeValue>> items) {
        List<WriteRequest> puts = items.stream()
                .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                .toList();
        unprocessed.run(operation, puts, (pending, attempt) -> {
            try {
                return client.batchWriteItem(b -> b.requestItems(Map.of(table, pending)))
                        .unprocessedItems().getOrDefault(table, List.of());
            } catch (SdkClientException e) {
                // A call that timed out or lost its connection (the client's 2 s budget is a Lambda request's,
                // not a bulk load's): the puts are idempotent, so the same batch is sent again after the backoff,
                // within the same retry budget; still failing, the load stops and nothing of it is visible.
                if (attempt >= MAX_UNPROCESSED_RETRIES) {
                    throw DynamoFailures.translate(operation, e);
                }
                return pending;
            } catch (SdkException e) {
                throw DynamoFailures.translate(operation, e);
            }
        });
        return puts.size();
    }
}
