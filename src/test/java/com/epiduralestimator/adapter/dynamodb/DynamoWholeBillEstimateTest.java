package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.WholeBillEstimateContract;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Every whole-bill figure with the fee schedule and the facility data read from a real DynamoDB-compatible server. */
class DynamoWholeBillEstimateTest extends WholeBillEstimateContract {
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
}
