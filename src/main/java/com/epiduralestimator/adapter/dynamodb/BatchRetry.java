package com.epiduralestimator.adapter.dynamodb;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one retry loop for a batch call that may leave entries unprocessed (BatchGetItem's keys, BatchWriteItem's
 * puts): the entries left over are sent again after an exponential backoff until none are left, or the budget is
 * spent and the store counts as unavailable (a 503, never a partial answer or a partial load taken as whole).
 *
 * @param maxRetries how many times the leftovers may be sent again
 * @param first      the first wait, doubled at each retry up to {@code max}
 * @param jitter     wait a random time between half the bound and the bound, so parallel writers spread out
 */
record BatchRetry(int maxRetries, Duration first, Duration max, boolean jitter) {

    /** One call of the batch operation on the entries still pending; returns the ones it left unprocessed. */
    @FunctionalInterface
    interface Call<T> {
        List<T> send(List<T> pending, int attempt);
    }

    <T> void run(String operation, List<T> entries, Call<T> call) {
        List<T> pending = entries;
        Duration backoff = first;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt > maxRetries) {
                throw DynamoFailures.unavailable(operation + " throttled: " + pending.size()
                        + " entries still unprocessed after " + maxRetries + " retries",
                        DynamoFailures.RETRY_AFTER_THROTTLED, null);
            }
            if (attempt > 0) {
                Backoff.sleep(jitter
                        ? Duration.ofMillis(ThreadLocalRandom.current().nextLong(backoff.toMillis() / 2,
                                backoff.toMillis() + 1))
                        : backoff);
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(max) > 0 ? max : doubled;
            }
            pending = call.send(pending, attempt);
        }
    }
}
