package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.SessionLedger;
import com.epiduralestimator.application.SessionLedgerContract;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The session ledger contract on a real DynamoDB-compatible server. */
class DynamoSessionLedgerTest extends SessionLedgerContract {
    private final DynamoDbClient client = DynamoDbTestServer.get().client();

    @Override
    protected SessionLedger newLedger() {
        String table = DynamoDbTestServer.uniqueTableName("sessions");
        new DynamoTables(client).createSessionTableIfAbsent(table);
        return new DynamoSessionLedger(client, table);
    }

    @Override
    protected void close() {
        client.close();
    }
}
