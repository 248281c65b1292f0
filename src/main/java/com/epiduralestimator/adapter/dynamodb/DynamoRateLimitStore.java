package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.RateLimitStore;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The per-tenant rate limit's counters on DynamoDB: one item per tenant and window ({@code pk = T#<tenant>},
 * {@code sk = W#<window start>}, a number {@code n}, TTL {@code expiresAt}), grown by one UpdateItem conditional on
 * the window not being full ({@code ADD} and {@code SET}, a condition, {@code UPDATED_NEW}: what DynamoDB,
 * LocalStack and dynalite all support). The table holds tenant ids and counts only, never a patient's data.
 */
public final class DynamoRateLimitStore implements RateLimitStore {
    private final DynamoDbClient client;
    private final String table;

    public DynamoRateLimitStore(DynamoDbClient client, String table) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public int take(String tenant, long windowStart, int wanted, int limit, long expiresAtEpochSec) {
        try {
            UpdateItemResponse response = client.updateItem(b -> b.tableName(table)
                    .key(Map.of("pk", AttributeValue.fromS("T#" + tenant),
                            "sk", AttributeValue.fromS("W#" + windowStart)))
                    .updateExpression("ADD n :wanted SET expiresAt = :expires")
                    .conditionExpression("attribute_not_exists(n) OR n < :limit")
                    .expressionAttributeValues(Map.of(
                            ":wanted", AttributeValue.fromN(Integer.toString(wanted)),
                            ":limit", AttributeValue.fromN(Integer.toString(limit)),
                            ":expires", AttributeValue.fromN(Long.toString(expiresAtEpochSec))))
                    .returnValues(ReturnValue.UPDATED_NEW));
            long after = Long.parseLong(response.attributes().get("n").n());
            long before = after - wanted;
            return (int) Math.max(0, Math.min(wanted, limit - before));
        } catch (ConditionalCheckFailedException full) {
            return 0;
        } catch (SdkException e) {
            throw DynamoFailures.translate("UpdateItem (rate limit)", e);
        }
    }
}
