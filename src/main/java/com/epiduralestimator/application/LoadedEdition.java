package com.epiduralestimator.application;

import com.epiduralestimator.domain.Edition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An edition as its source lists it ({@code GET /v1/schedules}): the edition, the CMS files it was read or
 * derived from with their SHA-256 (CMS splits a PTP table into several), how many rows it holds and, for a loaded one, when the load finished.
 */
public record LoadedEdition(Edition edition, List<ScheduleSource> sources, int rows, Optional<Instant> loadedAt) {
    public LoadedEdition {
        Objects.requireNonNull(edition, "edition");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(edition.describe() + " names no source file");
        }
        Objects.requireNonNull(loadedAt, "loadedAt");
    }
}
