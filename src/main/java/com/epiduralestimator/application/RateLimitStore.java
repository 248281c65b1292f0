package com.epiduralestimator.application;

/**
 * The port of the per-tenant rate limit: one counter per tenant and fixed window, shared by every execution
 * environment. Implementations: in memory ({@code adapter/memory}) and a DynamoDB conditional UpdateItem
 * ({@code adapter/dynamodb}); {@code RateLimitStoreContract} holds both to the same answers.
 */
public interface RateLimitStore {
    /**
     * Takes up to {@code wanted} requests from the tenant's window: while fewer than {@code limit} have been taken,
     * the counter grows by {@code wanted} and the answer is how many of them fall within the limit
     * ({@code min(wanted, limit - taken before)}); once the limit is reached the counter no longer changes and the
     * answer is 0. Atomic across callers.
     *
     * @param windowStart      the window's first second (epoch seconds)
     * @param expiresAtEpochSec when the store may forget the counter (DynamoDB TTL)
     * @throws StoreUnavailableException when the store cannot answer
     */
    int take(String tenant, long windowStart, int wanted, int limit, long expiresAtEpochSec);
}
