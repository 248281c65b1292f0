package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.StoreUnavailableException;
import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Turns what the SDK throws once its retries are spent into {@link StoreUnavailableException} when a retry later
 * may succeed. The message names the operation only: keys and items never reach an exception text.
 */
final class DynamoFailures {
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    static final Duration RETRY_AFTER_THROTTLED = Duration.ofSeconds(2);

    private DynamoFailures() {}

    /** Returns the exception to throw: a {@link StoreUnavailableException}, or {@code e} itself (a bug, not an outage). */
    static RuntimeException translate(String operation, SdkException e) {
        if (e instanceof AwsServiceException service) {
            if (service.isThrottlingException()) {
                return unavailable(operation + " throttled", RETRY_AFTER_THROTTLED, e);
            }
            if (e instanceof ResourceNotFoundException) {
                return unavailable(operation + " failed: table not found", RETRY_AFTER, e);
            }
            if (service.statusCode() >= 500) {
                return unavailable(operation + " failed: server error", RETRY_AFTER, e);
            }
            return e;
        }
        if (e instanceof SdkClientException) {
            // Includes ApiCallTimeoutException, ApiCallAttemptTimeoutException and connection failures.
            return unavailable(operation + " failed: store unreachable or timed out", RETRY_AFTER, e);
        }
        return e;
    }

    static StoreUnavailableException unavailable(String message, Duration retryAfter, Throwable cause) {
        return new StoreUnavailableException("DynamoDB " + message, retryAfter, cause);
    }
}
