package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A state's OPPS wage index floors for a year: the rural floor (its rural area's geographic index; absent in an
 * all-urban state) and the imputed floor (New Jersey, Rhode Island, the District of Columbia).
 */
public record StateFloor(String state, Optional<BigDecimal> ruralFloor, Optional<BigDecimal> imputedFloor) {
    public StateFloor {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(ruralFloor, "ruralFloor");
        Objects.requireNonNull(imputedFloor, "imputedFloor");
    }
}
