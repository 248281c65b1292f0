/**
 * The fee schedule and session ledger ports in memory: the local server's default store and the fast tests' fake.
 */
package com.epiduralestimator.adapter.memory;
