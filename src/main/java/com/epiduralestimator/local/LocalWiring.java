package com.epiduralestimator.local;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.adapter.dynamodb.DynamoClients;
import com.epiduralestimator.cmsdata.BundledSchedule;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/** The services serve and invoke run on: DynamoDB when an endpoint is given, else the in-memory store. */
final class LocalWiring {
    private LocalWiring() {}

    static Services services(Config config, Optional<URI> endpoint, PrintStream err) {
        // The development key only while sessions stay on this machine (issue #14): see Config.localPatientKey.
        byte[] secret = config.localPatientKey(endpoint, err::println);
        Clock clock = Clock.systemUTC();
        if (endpoint.isPresent()) {
            err.println("Using DynamoDB at " + endpoint.get() + " (tables " + config.feeTable() + ", "
                    + config.sessionTable() + ")");
            return DependencyFactory.dynamo(config, DynamoClients.create(endpoint), Optional.of(secret), clock);
        }
        java.util.List<com.epiduralestimator.application.ScheduleData> bundled = BundledSchedule.loadAll();
        err.println("Using the embedded in-memory store, seeded with the bundled fee schedules "
                + bundled.stream().map(d -> "CY" + d.year().year()).toList()
                + " (sessions are kept until the process ends).");
        return DependencyFactory.memory(config, bundled, secret, clock);
    }
}
