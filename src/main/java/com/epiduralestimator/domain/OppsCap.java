package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * CMS's OPPS cap on an imaging service (OPPSCAP file): for one code, one modifier row ("" global, "TC") and one
 * locality, the OPPS payment amount in each setting. Medicare allows the lower of the PFS amount and this cap.
 * CMS publishes caps per carrier and locality only: there is no national cap.
 */
public record OppsCap(String code, String modifier, LocalityId locality, BigDecimal facilityPrice,
                      BigDecimal nonFacilityPrice) {
    public OppsCap {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(locality, "locality");
        Objects.requireNonNull(facilityPrice, "facilityPrice");
        Objects.requireNonNull(nonFacilityPrice, "nonFacilityPrice");
    }

    public BigDecimal price(Setting setting) {
        return setting == Setting.FACILITY ? facilityPrice : nonFacilityPrice;
    }
}
