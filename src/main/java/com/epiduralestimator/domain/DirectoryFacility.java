package com.epiduralestimator.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A hospital or ASC as CMS's Care Compare lists it.
 *
 * @param ccn  the CMS Certification Number: 6 characters for a hospital (2-digit state code, 4 digits), 10 for an ASC
 * @param name CMS's spelling, upper case
 * @param zip  the 5-digit ZIP code, absent where CMS's file has none that is 5 digits
 */
public record DirectoryFacility(String ccn, String name, String city, String state, Optional<String> zip,
                                FacilityKind kind) {
    public DirectoryFacility {
        Objects.requireNonNull(ccn, "ccn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(kind, "kind");
    }

    /** A Maryland hospital (CCN {@code 21xxxx}): the state's all-payer model sets its rates, not OPPS. */
    public boolean maryland() {
        return kind.hospital() && ccn.startsWith("21");
    }
}
