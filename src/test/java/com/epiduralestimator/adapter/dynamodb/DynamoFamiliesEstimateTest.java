package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.FamiliesEstimateContract;
import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.SessionLedger;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Issue 19's procedure families with the fee schedule, the facility data and the sessions on a DynamoDB-compatible server. */
class DynamoFamiliesEstimateTest extends FamiliesEstimateContract {
    private final DynamoDbClient client = DynamoDbTestServer.get().client();
    private final String table = DynamoDbTestServer.uniqueTableName("fees");

    @AfterAll
    void closeClient() {
        client.close();
    }

    @Override
    protected FeeSchedule feesLoadedWith(List<ScheduleData> years) {
        new DynamoTables(client).createIfAbsent(table);
        ScheduleLoader loader = new ScheduleLoader(client, table);
        years.forEach(loader::load);
        return new DynamoFeeSchedule(client, table);
    }

    @Override
    protected FacilitySchedule facilitiesLoadedWith(List<FacilityData> years) {
        new DynamoTables(client).createIfAbsent(table);
        FacilityLoader loader = new FacilityLoader(client, table);
        years.forEach(loader::load);
        return new DynamoFacilitySchedule(client, table);
    }

    @Override
    protected SessionLedger newLedger() {
        String sessions = DynamoDbTestServer.uniqueTableName("sessions");
        new DynamoTables(client).createSessionTableIfAbsent(sessions);
        return new DynamoSessionLedger(client, sessions);
    }
}
