package com.epiduralestimator.application;

import com.epiduralestimator.domain.FacilityRateQuarters;
import java.util.Optional;

/**
 * Every code's facility rates, read on demand (the bundled data keeps ~19,000 codes a year in small files by code
 * prefix, so a claim reads only the files of its codes): what the in-memory facility schedule answers a code from
 * when its eagerly loaded years lack it.
 */
public interface FacilityRateSource {
    /** The code's rates through {@code year}, empty when neither OPPS nor the ASC list it (or the year is absent). */
    Optional<FacilityRateQuarters> rates(int year, String code);
}
