package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.StateFloor;
import com.epiduralestimator.domain.WageArea;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Loads one year's facility data into the fee table without transactions, as {@link ScheduleLoader} loads a fee
 * year: claim the year's inactive slot in the {@code FACILITY} pointer (conditional on its version; refused while
 * another load's claim is younger than 15 minutes), write every code and wage area into the slot tagged with a
 * fresh load id (BatchWriteItem of 25, unprocessed items retried with backoff), then flip the pointer. Readers use
 * only what the pointer names, so a failed load leaves the old answers; other years and the fee schedule are never
 * touched.
 */
public final class FacilityLoader {
    private static final int BATCH_SIZE = 25;
    private static final int MAX_UNPROCESSED_RETRIES = 10;
    private static final int MAX_RACES = 20;
    static final Duration STALE_CLAIM = Duration.ofMinutes(15);

    /**
     * What a load did.
     *
     * @param catalogRecorded whether the fee catalog now names the year's facility rate sets ({@code GET
     *                        /v1/schedules}); false when the year's fee schedule is not loaded
     */
    public record Result(int year, String slot, String loadId, int codes, int areas, int itemsWritten,
                         boolean catalogRecorded) {}

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public FacilityLoader(DynamoDbClient client, String table) {
        this(client, table, Clock.systemUTC());
    }

    FacilityLoader(DynamoDbClient client, String table, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
        this.clock = clock;
    }

    public Result load(FacilityData data) {
        int year = data.year();
        String loadId = UUID.randomUUID().toString();
        String slot = claim(year, loadId);
        try {
            Map<String, StateFloor> floors = new HashMap<>();
            data.floors().forEach(f -> floors.put(f.state(), f));
            List<Map<String, AttributeValue>> batch = new ArrayList<>();
            int written = 0;
            for (FacilityRate rate : data.rates()) {
                batch.add(FacilityItemMapper.codeItem(year, slot, loadId, rate));
                written += flushIfFull(batch);
            }
            for (WageArea area : data.areas()) {
                batch.add(FacilityItemMapper.areaItem(year, slot, loadId, area, floors));
                written += flushIfFull(batch);
            }
            written += flush(batch);
            change("flip", pointer -> {
                Map<Integer, FacilityItemMapper.ActiveYear> years = new TreeMap<>(pointer.years());
                years.put(year, new FacilityItemMapper.ActiveYear(slot, loadId, data.types()));
                Map<Integer, FacilityItemMapper.Loading> loading = new TreeMap<>(pointer.loading());
                loading.remove(year);
                return FacilityItemMapper.pointerItem(pointer.version() + 1, years, loading);
            });
            boolean recorded;
            try {
                new ScheduleLoader(client, table).recordFacilityRates(year, data.rateSets());
                recorded = true;
            } catch (IllegalStateException feeYearNotLoaded) {
                recorded = false;
            }
            return new Result(year, slot, loadId, data.rates().size(), data.areas().size(), written, recorded);
        } catch (RuntimeException e) {
            try {
                change("release", pointer -> {
                    FacilityItemMapper.Loading mine = pointer.loading().get(year);
                    if (mine == null || !mine.loadId().equals(loadId)) {
                        return null;
                    }
                    Map<Integer, FacilityItemMapper.Loading> loading = new TreeMap<>(pointer.loading());
                    loading.remove(year);
                    return FacilityItemMapper.pointerItem(pointer.version() + 1, pointer.years(), loading);
                });
            } catch (RuntimeException releaseFailed) {
                e.addSuppressed(releaseFailed);
            }
            throw e;
        }
    }

    private String claim(int year, String loadId) {
        String[] slot = new String[1];
        change("claim", pointer -> {
            FacilityItemMapper.Loading other = pointer.loading().get(year);
            long now = clock.millis();
            if (other != null && now - other.startedAtMillis() < STALE_CLAIM.toMillis()) {
                throw new IllegalStateException("another facility load of " + year + " (load id " + other.loadId()
                        + ") is running; wait for it, or, if it died, retry after " + STALE_CLAIM.toMinutes()
                        + " minutes");
            }
            FacilityItemMapper.ActiveYear active = pointer.years().get(year);
            slot[0] = active == null ? FeeCatalog.SLOTS.get(0) : (active.slot().equals(FeeCatalog.SLOTS.get(0)) ? FeeCatalog.SLOTS.get(1) : FeeCatalog.SLOTS.get(0));
            Map<Integer, FacilityItemMapper.Loading> loading = new TreeMap<>(pointer.loading());
            loading.put(year, new FacilityItemMapper.Loading(loadId, now));
            return FacilityItemMapper.pointerItem(pointer.version() + 1, pointer.years(), loading);
        });
        return slot[0];
    }

    private interface Change {
        Map<String, AttributeValue> apply(FacilityItemMapper.Pointer pointer);
    }

    private void change(String what, Change change) {
        String operation = "PutItem (facility pointer " + what + ")";
        for (int race = 0; race < MAX_RACES; race++) {
            Map<String, AttributeValue> item;
            try {
                item = client.getItem(b -> b.tableName(table).key(FacilityItemMapper.pointerKey())
                        .consistentRead(true)).item();
            } catch (SdkException e) {
                throw DynamoFailures.translate("GetItem (facility pointer)", e);
            }
            FacilityItemMapper.Pointer pointer = FacilityItemMapper.pointer(item);
            Map<String, AttributeValue> next = change.apply(pointer);
            if (next == null) {
                return;
            }
            try {
                if (pointer.exists()) {
                    client.putItem(b -> b.tableName(table).item(next).conditionExpression("#v = :v")
                            .expressionAttributeNames(Map.of("#v", "version"))
                            .expressionAttributeValues(Map.of(":v",
                                    AttributeValue.fromN(Long.toString(pointer.version())))));
                } else {
                    client.putItem(b -> b.tableName(table).item(next).conditionExpression("attribute_not_exists(pk)"));
                }
                return;
            } catch (ConditionalCheckFailedException raced) {
                // another load changed the pointer since it was read: read it again
            } catch (SdkException e) {
                throw DynamoFailures.translate(operation, e);
            }
        }
        throw DynamoFailures.unavailable(operation + " kept racing other loads", DynamoFailures.RETRY_AFTER, null);
    }

    private int flushIfFull(List<Map<String, AttributeValue>> batch) {
        return batch.size() >= BATCH_SIZE ? flush(batch) : 0;
    }

    private int flush(List<Map<String, AttributeValue>> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int n = batch.size();
        List<WriteRequest> pending = batch.stream()
                .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                .toList();
        batch.clear();
        Duration backoff = Duration.ofMillis(50);
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt > MAX_UNPROCESSED_RETRIES) {
                throw DynamoFailures.unavailable("BatchWriteItem (facility load) throttled",
                        DynamoFailures.RETRY_AFTER_THROTTLED, null);
            }
            if (attempt > 0) {
                Backoff.sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
            List<WriteRequest> requests = pending;
            BatchWriteItemResponse response;
            try {
                response = client.batchWriteItem(b -> b.requestItems(Map.of(table, requests)));
            } catch (SdkException e) {
                throw DynamoFailures.translate("BatchWriteItem (facility load)", e);
            }
            pending = response.unprocessedItems().getOrDefault(table, List.of());
        }
        return n;
    }
}
