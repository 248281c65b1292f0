package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A pricing locality with its geographic practice cost indices (GPCI, CMS Addendum E). */
public record Locality(LocalityId id, String state, String name, BigDecimal workGpci, BigDecimal peGpci, BigDecimal mpGpci) {
    public Locality {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(workGpci, "workGpci");
        Objects.requireNonNull(peGpci, "peGpci");
        Objects.requireNonNull(mpGpci, "mpGpci");
    }
}
