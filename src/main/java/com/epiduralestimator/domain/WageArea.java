package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One CBSA (or a state's rural area, 2-digit code) in a year's wage index tables.
 *
 * @param states          the postal codes of the states the area lies in (from the CBSA's name; one for a rural area)
 * @param oppsGeographic  the OPPS geographic wage index, absent when the OPPS table lacks the area
 * @param ascIndex        the ASC wage index, absent when the ASC table lacks the area
 */
public record WageArea(String cbsa, String name, List<String> states, Optional<BigDecimal> oppsGeographic,
                       Optional<BigDecimal> ascIndex) {
    public WageArea {
        Objects.requireNonNull(cbsa, "cbsa");
        Objects.requireNonNull(name, "name");
        states = List.copyOf(states);
        Objects.requireNonNull(oppsGeographic, "oppsGeographic");
        Objects.requireNonNull(ascIndex, "ascIndex");
    }
}
