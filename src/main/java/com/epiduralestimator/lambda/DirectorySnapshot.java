package com.epiduralestimator.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart, fees function only (issue 21): its facility directory is read before the snapshot, so the first
 * facility search after a restore does not pay for it (about 150 ms of CPU). The directory is static CMS, HUD and
 * Census data: no time, random value, credential or connection ends up in the snapshot. Outside SnapStart nothing
 * runs and the directory stays lazy (read on the first search). The estimate function does not register it: an
 * ordinary estimate never reads the directory.
 */
final class DirectorySnapshot implements Resource {
    /** Strong references: the CRaC context holds its resources weakly. */
    private static final List<DirectorySnapshot> REGISTERED = new ArrayList<>();

    private final Supplier<?> directory;

    DirectorySnapshot(Supplier<?> directory) {
        this.directory = directory;
    }

    static void register(Supplier<?> directory) {
        DirectorySnapshot snapshot = new DirectorySnapshot(directory);
        synchronized (REGISTERED) {
            REGISTERED.add(snapshot);
        }
        Core.getGlobalContext().register(snapshot);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        directory.get();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the directory is the same data after any restore.
    }
}
