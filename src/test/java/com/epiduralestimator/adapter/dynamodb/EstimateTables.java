package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.SessionLedger;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The stores of an estimate contract on DynamoDB: one fresh fee table holding the fee schedule and the facility data,
 * each loaded by the real loader and read by the real adapter, and a fresh session table per ledger.
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

    SessionLedger newLedger() {
        String sessions = DynamoDbTestServer.uniqueTableName("sessions");
        new DynamoTables(client).createSessionTableIfAbsent(sessions);
        return new DynamoSessionLedger(client, sessions);
    }
}
