package com.epiduralestimator.adapter.http;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.dynamodb.DynamoTables;
import com.epiduralestimator.adapter.dynamodb.FacilityLoader;
import com.epiduralestimator.adapter.dynamodb.ScheduleLoader;
import com.epiduralestimator.cmsdata.BundledFacility;
import com.epiduralestimator.cmsdata.BundledSchedule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The handlers on both stores, for tests whose figures touch storage: in memory, and on a real dynalite the suite
 * starts itself (fresh tables per harness, loaded with the bundled schedule and facility data).
 */
final class StoreHarnesses {
    private static LambdaHarness dynamo;

    private StoreHarnesses() {}

    static Stream<String> stores() {
        return Stream.of("memory", "dynamodb");
    }

    static synchronized LambdaHarness get(String store) {
        if (store.equals("memory")) {
            return new LambdaHarness();
        }
        if (dynamo == null) {
            DynamoDbClient client = DynamoDbTestServer.get().client();
            String fees = DynamoDbTestServer.uniqueTableName("fees");
            String sessions = DynamoDbTestServer.uniqueTableName("sessions");
            new DynamoTables(client).createIfAbsent(new DynamoTables.Names(fees, sessions));
            BundledSchedule.loadAll().forEach(new ScheduleLoader(client, fees)::load);
            BundledFacility.loadAll().forEach(new FacilityLoader(client, fees)::load); // the facility's claim too
            Config config = Config.from(Map.of("FEE_TABLE", fees, "SESSION_TABLE", sessions));
            dynamo = LambdaHarness.on(DependencyFactory.dynamo(config, client,
                    Optional.of(Config.DEVELOPMENT_PATIENT_KEY), new LambdaHarness.MutableClock(LambdaHarness.NOW)));
        }
        return dynamo;
    }

    /** An estimate event with exactly this JSON body (the contract example's event otherwise). */
    static ObjectNode estimate(String body) {
        ObjectNode event = LambdaHarness.event("estimates-contract-example.json");
        event.put("body", body);
        return event;
    }

    /** A session-recording event with exactly this JSON body. */
    static ObjectNode session(String body) {
        ObjectNode event = LambdaHarness.event("sessions-record.json");
        event.put("body", body);
        return event;
    }
}
