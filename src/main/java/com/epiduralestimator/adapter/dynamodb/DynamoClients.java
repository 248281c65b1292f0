package com.epiduralestimator.adapter.dynamodb;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the one DynamoDB client a process uses, explicitly: the JDK's URL connection, a bounded retry budget
 * and timeouts short enough that a slow store becomes a 503 well inside the Lambda timeout.
 */
public final class DynamoClients {
    static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(2);
    static final Duration API_CALL_ATTEMPT_TIMEOUT = Duration.ofMillis(800);
    static final int MAX_ATTEMPTS = 3;
    private static final String LOCAL_DEFAULT_REGION = "us-east-1";

    private DynamoClients() {}

    /**
     * @param endpointOverride a DynamoDB-compatible server (LocalStack, dynalite); empty for AWS, where the SDK
     *                         itself still honours {@code AWS_ENDPOINT_URL_DYNAMODB}
     * @param extraInterceptors added to the client (tests count requests with one)
     */
    public static DynamoDbClient create(Optional<URI> endpointOverride, ExecutionInterceptor... extraInterceptors) {
        return create(endpointOverride, List.of(extraInterceptors), System.getenv());
    }

    static DynamoDbClient create(Optional<URI> endpointOverride, List<ExecutionInterceptor> interceptors,
                                 Map<String, String> env) {
        boolean localEndpoint = endpointOverride.isPresent() || present(env, "AWS_ENDPOINT_URL_DYNAMODB")
                || present(env, "AWS_ENDPOINT_URL");
        ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build())
                .apiCallTimeout(API_CALL_TIMEOUT)
                .apiCallAttemptTimeout(API_CALL_ATTEMPT_TIMEOUT);
        // Timing first, so it spans the test interceptors too (a fault they inject counts as a store error).
        overrides.addExecutionInterceptor(new StoreCallTimer());
        for (ExecutionInterceptor interceptor : interceptors) { // loops, not lambdas: init (docs/performance.md)
            overrides.addExecutionInterceptor(interceptor);
        }
        var builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region(env, localEndpoint))
                .credentialsProvider(credentials(env, localEndpoint))
                .overrideConfiguration(overrides.build());
        if (endpointOverride.isPresent()) {
            builder.endpointOverride(endpointOverride.get());
        }
        return builder.build();
    }

    private static Region region(Map<String, String> env, boolean localEndpoint) {
        String region = env.get("AWS_REGION");
        if (region != null && !region.isBlank()) {
            return Region.of(region);
        }
        if (localEndpoint) {
            return Region.of(LOCAL_DEFAULT_REGION);
        }
        throw new IllegalStateException("AWS_REGION is not set");
    }

    private static AwsCredentialsProvider credentials(Map<String, String> env, boolean localEndpoint) {
        if (present(env, "AWS_ACCESS_KEY_ID")) {
            // Lambda puts the role's credentials here: read them directly instead of walking the whole chain.
            return EnvironmentVariableCredentialsProvider.create();
        }
        if (localEndpoint) {
            // dynalite and LocalStack check only that requests are signed, not by whom.
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private static boolean present(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
