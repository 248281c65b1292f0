package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.EditStore;
import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.SessionLedger;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The stores of an estimate contract on DynamoDB: one fresh fee table holding the fee schedule, the facility data and
 * the claim-edit editions loaded with load-edits, each written and read by the real adapters, and a fresh session
 * table per ledger.
 */
final class EstimateTables {
    private final DynamoDbClient client;
    private final String table = DynamoDbTestServer.uniqueTableName("fees");

    EstimateTables(DynamoDbClient client) {
        this.client = client;
    }

    FeeSchedule fees(List<ScheduleData> years) {
        new DynamoTables(client).createIfAbsent(table);
        ScheduleLoader loader = new ScheduleLoader(client, table);
        for (ScheduleData year : years) {
            loader.load(year);
        }
        return new DynamoFeeSchedule(client, table);
    }

    FacilitySchedule facilities(List<FacilityData> years) {
        new DynamoTables(client).createIfAbsent(table);
        FacilityLoader loader = new FacilityLoader(client, table);
        for (FacilityData year : years) {
            loader.load(year);
        }
        return new DynamoFacilitySchedule(client, table);
    }

    /** The editions loaded with load-edits, in the same fee table (as the deployed store keeps them). */
    EditStore edits() {
        new DynamoTables(client).createIfAbsent(table);
        return new DynamoEditStore(client, table);
    }

    SessionLedger newLedger() {
        String sessions = DynamoDbTestServer.uniqueTableName("sessions");
        new DynamoTables(client).createSessionTableIfAbsent(sessions);
        return new DynamoSessionLedger(client, sessions);
    }
}
