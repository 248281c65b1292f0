package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.FacilityCodingEstimateContract;
import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.SessionLedger;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Issue 19's facility claim coding with the fee schedule, the facility data and the sessions on a DynamoDB-compatible server. */
class DynamoFacilityCodingEstimateTest extends FacilityCodingEstimateContract {
    private final DynamoDbClient client = DynamoDbTestServer.get().client();
    private final EstimateTables tables = new EstimateTables(client);

    @AfterAll
    void closeClient() {
        client.close();
    }

    @Override
    protected FeeSchedule feesLoadedWith(List<ScheduleData> years) {
        return tables.fees(years);
    }

    @Override
    protected FacilitySchedule facilitiesLoadedWith(List<FacilityData> years) {
        return tables.facilities(years);
    }

    @Override
    protected SessionLedger newLedger() {
        return tables.newLedger();
    }
}
