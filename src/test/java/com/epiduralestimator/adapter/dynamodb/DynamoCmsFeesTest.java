package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.CmsFeesContract;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleFeed;
import org.junit.jupiter.api.AfterAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** CMS's figures from the excerpt, loaded into a real DynamoDB-compatible server by the loader. */
class DynamoCmsFeesTest extends CmsFeesContract {
    private final DynamoDbClient client = DynamoDbTestServer.get().client();

    @AfterAll
    void closeClient() {
        client.close();
    }

    @Override
    protected FeeSchedule scheduleLoadedWith(ScheduleFeed... feeds) {
        return CmsFeeTables.loadedWith(client, feeds);
    }
}
