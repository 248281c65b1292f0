package com.epiduralestimator.adapter.http;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.dynamodb.DynamoTables;
import com.epiduralestimator.adapter.dynamodb.ScheduleLoader;
import com.epiduralestimator.adapter.http.LambdaHarness.MutableClock;
import com.epiduralestimator.cmsdata.BundledSchedule;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Issue #8 on DynamoDB (dynalite): the bundled years loaded by the loader, as {@code load} does. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DynamoCurrentScheduleTest extends CurrentScheduleContract {
    private final DynamoDbClient client = DynamoDbTestServer.get().client();
    private final String fees = DynamoDbTestServer.uniqueTableName("fees");
    private final String sessions = DynamoDbTestServer.uniqueTableName("sessions");

    @BeforeAll
    void loadTheBundledYears() {
        new DynamoTables(client).createIfAbsent(new DynamoTables.Names(fees, sessions));
        ScheduleLoader loader = new ScheduleLoader(client, fees);
        BundledSchedule.loadAll().forEach(loader::load);
        // as load does: the bundled facility data after the fee years, which records its rate sets in the catalog
        com.epiduralestimator.cmsdata.BundledFacility.loadAll()
                .forEach(new com.epiduralestimator.adapter.dynamodb.FacilityLoader(client, fees)::load);
    }

    @AfterAll
    void closeClient() {
        client.close();
    }

    @Override
    protected Services servicesLoadedWithTheBundledYears(MutableClock clock) {
        return DependencyFactory.dynamo(Config.from(Map.of("FEE_TABLE", fees, "SESSION_TABLE", sessions)), client,
                Optional.of(Config.DEVELOPMENT_PATIENT_KEY), clock);
    }
}
