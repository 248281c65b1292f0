package com.epiduralestimator.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One code's facility rates through a year: the latest quarter's ({@code latest}) and the earlier quarters' that
 * differ from it ({@code earlier}). The rates of a date of service are those of the quarter it falls in; a date
 * before the year's first published quarter takes that first quarter's (the files available start there).
 */
public record FacilityRateQuarters(FacilityRate latest, List<SupersededFacilityRate> earlier) {
    public FacilityRateQuarters {
        Objects.requireNonNull(latest, "latest");
        earlier = earlier.stream().sorted(Comparator.comparing(SupersededFacilityRate::until)).toList();
        for (SupersededFacilityRate e : earlier) {
            if (!e.rate().code().equals(latest.code())) {
                throw new IllegalArgumentException("a superseded rate of " + e.rate().code() + " given for "
                        + latest.code());
            }
        }
    }

    public static FacilityRateQuarters of(FacilityRate latest) {
        return new FacilityRateQuarters(latest, List.of());
    }

    public String code() {
        return latest.code();
    }

    /** The rates in force on {@code dateOfService}; without a date, the latest quarter's. */
    public FacilityRate on(Optional<LocalDate> dateOfService) {
        if (dateOfService.isEmpty()) {
            return latest;
        }
        for (SupersededFacilityRate e : earlier) {
            if (dateOfService.get().isBefore(e.until())) {
                return e.rate();
            }
        }
        return latest;
    }
}
