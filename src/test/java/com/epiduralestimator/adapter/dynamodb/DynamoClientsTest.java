package com.epiduralestimator.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class DynamoClientsTest {
    private static final Optional<URI> LOCAL = Optional.of(URI.create("http://127.0.0.1:8000"));

    @Test
    void aLocalEndpointNeedsNoRegionAndTheTimeoutsAreExplicit() {
        try (DynamoDbClient client = DynamoClients.create(LOCAL, List.of(), Map.of())) {
            var config = client.serviceClientConfiguration();
            assertThat(config.region()).isEqualTo(Region.US_EAST_1);
            assertThat(config.endpointOverride()).isEqualTo(LOCAL);
            assertThat(config.overrideConfiguration().apiCallTimeout()).contains(Duration.ofSeconds(2));
            assertThat(config.overrideConfiguration().apiCallAttemptTimeout()).contains(Duration.ofMillis(800));
            assertThat(config.overrideConfiguration().retryStrategy().orElseThrow().maxAttempts()).isEqualTo(3);
        }
    }

    @Test
    void theRegionComesFromAwsRegion() {
        try (DynamoDbClient client = DynamoClients.create(LOCAL, List.of(), Map.of("AWS_REGION", "eu-west-3"))) {
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_3);
        }
    }

    @Test
    void onAwsAMissingRegionFailsAtStartUp() {
        assertThatThrownBy(() -> DynamoClients.create(Optional.empty(), List.of(), Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AWS_REGION");
    }
}
