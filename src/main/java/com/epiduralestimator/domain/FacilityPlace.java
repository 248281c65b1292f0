package com.epiduralestimator.domain;

import java.util.Objects;

/**
 * Where a ZIP code is for CMS's facility payment (facility-directory README, "From a ZIP to CMS's wage-index
 * area"): the county with the most of the ZIP's addresses, and that county's wage-index area.
 *
 * @param county       the county's 5-digit FIPS code
 * @param state        the county's state (postal code): its floors apply
 * @param area         the metropolitan division, else the metropolitan CBSA, else the state's 2-digit rural code
 * @param wholeZip     true when all the ZIP's addresses are in that county
 */
public record FacilityPlace(String zip, String county, String state, String area, boolean wholeZip) {
    public FacilityPlace {
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(area, "area");
    }
}
