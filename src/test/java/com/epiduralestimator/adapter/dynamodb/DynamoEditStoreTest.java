package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.EditStore;
import com.epiduralestimator.application.EditStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The edit store contract on DynamoDB (dynalite): a fresh fee table per test; reads are the requests the store
 * sends (the list is one GetItem, a table one BatchGetItem of its chunks).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DynamoEditStoreTest extends EditStoreContract {
    private final DynamoRequestCountTest.RequestLog log = new DynamoRequestCountTest.RequestLog();
    private final DynamoDbClient client = DynamoDbTestServer.get().client(log);

    @AfterAll
    void closeClient() {
        client.close();
    }

    @Override
    protected EditStore store() {
        String fees = DynamoDbTestServer.uniqueTableName("fees");
        String sessions = DynamoDbTestServer.uniqueTableName("sessions");
        new DynamoTables(client).createIfAbsent(new DynamoTables.Names(fees, sessions));
        return new DynamoEditStore(client, fees);
    }

    @Override
    protected int reads() {
        return (int) log.operations.stream().filter(o -> o.equals("GetItem") || o.equals("BatchGetItem")).count();
    }
}
