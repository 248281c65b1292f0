package com.epiduralestimator.application;

import java.util.Objects;

/**
 * A patient as stored: the tenant and a keyed hash (HMAC) of tenant and patient id. The raw patient id never
 * leaves the request that carried it.
 */
public record PatientRef(String tenant, String patientKey) {
    public PatientRef {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(patientKey, "patientKey");
    }

    @Override
    public String toString() {
        return "PatientRef[tenant=" + tenant + ", patientKey=<hashed>]";
    }
}
