package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.EditStore;
import com.epiduralestimator.application.EditStoreContract;

/** The edit store contract in memory. */
class InMemoryEditStoreTest extends EditStoreContract {
    private InMemoryEditStore store;

    @Override
    protected EditStore store() {
        store = new InMemoryEditStore();
        return store;
    }

    @Override
    protected int reads() {
        return store.reads();
    }
}
