package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.ScheduleData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes one schedule year into the fee table: its items first (BatchWriteItem, 25 at a time), then the catalog,
 * so a reader never sees a year listed before its items are all written. Re-running a load rewrites the same
 * items and leaves the catalog as it was: loads are idempotent.
 */
public final class ScheduleLoader {
    private static final int BATCH_SIZE = 25;
    private static final int MAX_UNPROCESSED_RETRIES = 8;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final int MAX_CATALOG_RACES = 10;

    private final DynamoDbClient client;
    private final String table;
    private final Duration firstBackoff;

    public ScheduleLoader(DynamoDbClient client, String table) {
        this(client, table, Duration.ofMillis(50));
    }

    ScheduleLoader(DynamoDbClient client, String table, Duration firstBackoff) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
        this.firstBackoff = firstBackoff;
    }

    /** Loads the year; returns the number of items written, the catalog included. */
    public int load(ScheduleData data) {
        int year = data.year().year();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        items.add(FeeItemMapper.yearItem(data.year()));
        items.addAll(FeeItemMapper.codeItems(year, data.rows()));
        items.add(FeeItemMapper.localitiesItem(year, data.localities()));
        items.addAll(FeeItemMapper.zipItems(year, data.zips()));
        for (int from = 0; from < items.size(); from += BATCH_SIZE) {
            writeBatch(items.subList(from, Math.min(items.size(), from + BATCH_SIZE)));
        }
        listYear(year);
        return items.size() + 1;
    }

    private void writeBatch(List<Map<String, AttributeValue>> items) {
        List<WriteRequest> pending = items.stream()
                .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                .toList();
        Duration backoff = firstBackoff;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt > MAX_UNPROCESSED_RETRIES) {
                throw DynamoFailures.unavailable("BatchWriteItem (schedule load) throttled: items left unprocessed",
                        DynamoFailures.RETRY_AFTER_THROTTLED, null);
            }
            if (attempt > 0) {
                Backoff.sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
            List<WriteRequest> batch = pending;
            BatchWriteItemResponse response;
            try {
                response = client.batchWriteItem(b -> b.requestItems(Map.of(table, batch)));
            } catch (SdkException e) {
                throw DynamoFailures.translate("BatchWriteItem (schedule load)", e);
            }
            pending = response.unprocessedItems().getOrDefault(table, List.of());
        }
    }

    /**
     * Adds the year to the catalog. Optimistic: the put is conditional on the version read, so two loaders of
     * different years cannot drop each other's year.
     */
    private void listYear(int year) {
        for (int race = 0; race < MAX_CATALOG_RACES; race++) {
            Map<String, AttributeValue> catalog;
            try {
                catalog = client.getItem(b -> b.tableName(table).key(FeeItemMapper.catalogKey()).consistentRead(true)).item();
            } catch (SdkException e) {
                throw DynamoFailures.translate("GetItem (schedule catalog)", e);
            }
            boolean exists = catalog != null && !catalog.isEmpty();
            NavigableSet<Integer> years = FeeItemMapper.years(exists ? catalog : null);
            if (years.contains(year)) {
                return;
            }
            years.add(year);
            long version = exists ? FeeItemMapper.catalogVersion(catalog) : 0;
            try {
                if (exists && catalog.containsKey("version")) {
                    client.putItem(b -> b.tableName(table)
                            .item(FeeItemMapper.catalogItem(years, version + 1))
                            .conditionExpression("#v = :v")
                            .expressionAttributeNames(Map.of("#v", "version"))
                            .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(version)))));
                } else if (exists) {
                    // A catalog written by hand, without a version: take it over once.
                    client.putItem(b -> b.tableName(table)
                            .item(FeeItemMapper.catalogItem(years, 1))
                            .conditionExpression("attribute_exists(pk) AND attribute_not_exists(#v)")
                            .expressionAttributeNames(Map.of("#v", "version")));
                } else {
                    client.putItem(b -> b.tableName(table)
                            .item(FeeItemMapper.catalogItem(years, 1))
                            .conditionExpression("attribute_not_exists(pk)"));
                }
                return;
            } catch (ConditionalCheckFailedException raced) {
                // Another load changed the catalog since we read it: read it again.
            } catch (SdkException e) {
                throw DynamoFailures.translate("PutItem (schedule catalog)", e);
            }
        }
        throw DynamoFailures.unavailable("PutItem (schedule catalog) kept racing other loads", DynamoFailures.RETRY_AFTER, null);
    }
}
