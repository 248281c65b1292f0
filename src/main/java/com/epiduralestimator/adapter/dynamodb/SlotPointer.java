package com.epiduralestimator.adapter.dynamodb;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The writer's half of the A/B slot protocol, one way for the fee catalog ({@link FeeCatalogStore}) and the facility
 * pointer ({@link FacilityLoader}), without transactions: each change (claim, flip, release) is a strongly
 * consistent read of the pointer item and a PutItem conditional on the version read (or on there being none yet),
 * read and tried again when another load raced it.
 *
 * @param <P> the pointer as read
 */
final class SlotPointer<P extends SlotPointer.State> {
    /** The two slots of a year: a load writes the one the pointer does not name, then flips the pointer to it. */
    static final List<String> SLOTS = List.of("A", "B");
    /** A claim older than this is taken to be a crashed load's, and taken over. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(15);
    private static final int MAX_RACES = 20;

    /** What every pointer says of itself: whether it is stored yet, and the version a change is conditional on. */
    interface State {
        boolean exists();

        long version();
    }

    private final DynamoDbClient client;
    private final String table;
    private final Map<String, AttributeValue> key;
    private final String name;
    private final Function<Map<String, AttributeValue>, P> reader;

    /**
     * @param name   the pointer in error messages ("schedule catalog", "facility pointer")
     * @param reader the pointer from its item (null or empty when it is not stored yet)
     */
    SlotPointer(DynamoDbClient client, String table, Map<String, AttributeValue> key, String name,
                Function<Map<String, AttributeValue>, P> reader) {
        this.client = client;
        this.table = table;
        this.key = key;
        this.name = name;
        this.reader = reader;
    }

    /** The slot a new load writes: the one the year's active load does not use (A for a first load). */
    static String slotForNextLoad(String activeSlotOrNull) {
        return activeSlotOrNull == null ? SLOTS.get(0) : SLOTS.get(0).equals(activeSlotOrNull) ? SLOTS.get(1)
                : SLOTS.get(0);
    }

    /** Whether a claim started then still holds now (younger than {@link #STALE_CLAIM}). */
    static boolean isFresh(long startedAtMillis, long nowMillis) {
        return nowMillis - startedAtMillis < STALE_CLAIM.toMillis();
    }

    /**
     * Applies a change to the pointer as stored: {@code change} gets the pointer as read and returns its new item,
     * or null to leave it as it is; it may be called again, on a newer pointer, when another load raced it.
     */
    void change(String what, Function<P, Map<String, AttributeValue>> change) {
        String operation = "PutItem (" + name + " " + what + ")";
        for (int race = 0; race < MAX_RACES; race++) {
            Map<String, AttributeValue> item;
            try {
                item = client.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
            } catch (SdkException e) {
                throw DynamoFailures.translate("GetItem (" + name + ")", e);
            }
            P pointer = reader.apply(item);
            Map<String, AttributeValue> next = change.apply(pointer);
            if (next == null) {
                return;
            }
            try {
                if (pointer.exists()) {
                    client.putItem(b -> b.tableName(table).item(next)
                            .conditionExpression("attribute_not_exists(#v) OR #v = :v")
                            .expressionAttributeNames(Map.of("#v", "version"))
                            .expressionAttributeValues(Map.of(":v",
                                    AttributeValue.fromN(Long.toString(pointer.version())))));
                } else {
                    client.putItem(b -> b.tableName(table).item(next).conditionExpression("attribute_not_exists(pk)"));
                }
                return;
            } catch (ConditionalCheckFailedException raced) {
                // Another load changed the pointer since it was read: read it again.
            } catch (SdkException e) {
                throw DynamoFailures.translate(operation, e);
            }
        }
        throw DynamoFailures.unavailable(operation + " kept racing other loads", DynamoFailures.RETRY_AFTER, null);
    }
}
