package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.RateLimitStore;
import com.epiduralestimator.application.RateLimitStoreContract;

/** The rate limit's store contract in memory. */
class InMemoryRateLimitStoreTest extends RateLimitStoreContract {
    @Override
    protected RateLimitStore newStore() {
        return new InMemoryRateLimitStore();
    }
}
