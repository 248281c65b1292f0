package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleSlice;
import com.epiduralestimator.application.SliceRequest;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.ZipLocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The fee schedule on DynamoDB: a slice is one BatchGetItem of the catalog, the year, each code, the localities
 * and the ZIP's prefix group, so a fee lookup costs one round trip (more only when DynamoDB returns unprocessed
 * keys under throttling). Eventually consistent reads: the schedule changes once a year, by a load.
 */
public final class DynamoFeeSchedule implements FeeSchedule {
    private static final String OPERATION = "BatchGetItem (fee schedule slice)";
    private static final int MAX_KEYS_PER_BATCH = 100;
    private static final int MAX_UNPROCESSED_RETRIES = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(25);

    private final DynamoDbClient client;
    private final String table;

    public DynamoFeeSchedule(DynamoDbClient client, String table) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public ScheduleSlice slice(SliceRequest request) {
        int year = request.year();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        keys.add(FeeItemMapper.catalogKey());
        keys.add(FeeItemMapper.yearKey(year));
        request.codes().forEach(code -> keys.add(FeeItemMapper.codeKey(year, code)));
        if (request.locality().isPresent() || request.zip().isPresent()) {
            keys.add(FeeItemMapper.localitiesKey(year));
        }
        request.zip().ifPresent(zip -> keys.add(FeeItemMapper.zipKey(year, zip.prefix())));

        Map<String, Map<String, AttributeValue>> bySk = new HashMap<>();
        Map<String, AttributeValue> catalog = null;
        for (Map<String, AttributeValue> item : batchGet(keys)) {
            if ("CATALOG".equals(FeeItemMapper.pk(item))) {
                catalog = item;
            } else {
                bySk.put(FeeItemMapper.sk(item), item);
            }
        }

        NavigableSet<Integer> loadedYears = FeeItemMapper.years(catalog);
        if (!loadedYears.contains(year)) {
            return ScheduleSlice.yearNotLoaded(loadedYears);
        }
        Map<String, AttributeValue> yearItem = bySk.get("YEAR");
        if (yearItem == null) {
            // Listed but not readable: an eventually consistent read just after a load. A retry will see it.
            throw DynamoFailures.unavailable(OPERATION + " incomplete", DynamoFailures.RETRY_AFTER, null);
        }
        Map<String, List<FeeRow>> rows = new HashMap<>();
        for (String code : request.codes()) {
            Map<String, AttributeValue> codeItem = bySk.get(FeeItemMapper.sk(FeeItemMapper.codeKey(year, code)));
            if (codeItem != null) {
                rows.put(code, FeeItemMapper.rows(codeItem));
            }
        }
        Map<String, AttributeValue> localities = bySk.get("LOCALITIES");
        Optional<ZipLocation> zip = request.zip().flatMap(z ->
                FeeItemMapper.zipLocation(bySk.get(FeeItemMapper.sk(FeeItemMapper.zipKey(year, z.prefix()))), z));
        Optional<LocalityId> localityId = request.locality().isPresent()
                ? request.locality()
                : zip.map(ZipLocation::locality);
        Optional<Locality> locality = localityId.flatMap(id -> FeeItemMapper.locality(localities, id));
        return new ScheduleSlice(loadedYears, Optional.of(FeeItemMapper.scheduleYear(year, yearItem)), rows, zip, locality);
    }

    private List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        // More than 100 keys only for a request of ~95 codes: split rather than fail.
        for (int from = 0; from < keys.size(); from += MAX_KEYS_PER_BATCH) {
            List<Map<String, AttributeValue>> pending = keys.subList(from, Math.min(keys.size(), from + MAX_KEYS_PER_BATCH));
            Duration backoff = FIRST_BACKOFF;
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt > MAX_UNPROCESSED_RETRIES) {
                    throw DynamoFailures.unavailable(OPERATION + " throttled: keys left unprocessed",
                            DynamoFailures.RETRY_AFTER_THROTTLED, null);
                }
                if (attempt > 0) {
                    Backoff.sleep(backoff);
                    backoff = backoff.multipliedBy(2);
                }
                BatchGetItemResponse response = call(pending);
                items.addAll(response.responses().getOrDefault(table, List.of()));
                KeysAndAttributes unprocessed = response.unprocessedKeys().get(table);
                pending = unprocessed == null ? List.of() : unprocessed.keys();
            }
        }
        return items;
    }

    private BatchGetItemResponse call(List<Map<String, AttributeValue>> keys) {
        try {
            return client.batchGetItem(b -> b.requestItems(Map.of(table, KeysAndAttributes.builder().keys(keys).build())));
        } catch (SdkException e) {
            throw DynamoFailures.translate(OPERATION, e);
        }
    }
}
