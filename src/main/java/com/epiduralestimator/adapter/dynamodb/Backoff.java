package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.StoreUnavailableException;
import java.time.Duration;

/** Waits between retries of unprocessed batch entries. */
final class Backoff {
    private Backoff() {}

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("DynamoDB retry interrupted", Duration.ofSeconds(1), e);
        }
    }
}
