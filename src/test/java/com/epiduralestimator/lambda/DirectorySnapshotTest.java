package com.epiduralestimator.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.cmsdata.BundledSchedule;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fees function's SnapStart hook reads the facility directory before the snapshot, and only then. */
class DirectorySnapshotTest {
    @Test
    void theDirectoryIsReadBeforeTheCheckpointNotBefore() {
        Services services = DependencyFactory.memory(Config.from(Map.of()), BundledSchedule.loadAll(),
                "a-test-patient-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        DirectorySnapshot snapshot = new DirectorySnapshot(services.facilities());
        assertThat(services.facilities().isLoaded()).isFalse();
        snapshot.beforeCheckpoint(null);
        assertThat(services.facilities().isLoaded()).isTrue();
        assertThat(services.facilities().get().facility("050228")).isPresent();
    }
}
