package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.SessionLedger;
import com.epiduralestimator.application.SessionLedgerContract;

class InMemorySessionLedgerTest extends SessionLedgerContract {
    @Override
    protected SessionLedger newLedger() {
        return new InMemorySessionLedger();
    }
}
