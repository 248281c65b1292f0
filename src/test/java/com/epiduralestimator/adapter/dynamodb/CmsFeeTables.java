package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleFeed;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A fresh fee table, each feed loaded into it by the real loader, read by the real adapter (the CMS contracts). */
final class CmsFeeTables {
    private CmsFeeTables() {}

    static FeeSchedule loadedWith(DynamoDbClient client, ScheduleFeed... feeds) {
        String table = DynamoDbTestServer.uniqueTableName("fees");
        new DynamoTables(client).createIfAbsent(table);
        ScheduleLoader loader = new ScheduleLoader(client, table);
        for (ScheduleFeed feed : feeds) {
            loader.load(feed, ScheduleLoader.Listener.NONE);
        }
        return new DynamoFeeSchedule(client, table);
    }
}
