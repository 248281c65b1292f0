package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.RateLimitStore;
import com.epiduralestimator.application.RateLimitStoreContract;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The rate limit's store contract on a real DynamoDB-compatible server (conditional UpdateItem). */
class DynamoRateLimitStoreTest extends RateLimitStoreContract {
    private final DynamoDbClient client = DynamoDbTestServer.get().client();

    @Override
    protected RateLimitStore newStore() {
        String table = DynamoDbTestServer.uniqueTableName("rate");
        new DynamoTables(client).createIfAbsent(table);
        return new DynamoRateLimitStore(client, table);
    }
}
