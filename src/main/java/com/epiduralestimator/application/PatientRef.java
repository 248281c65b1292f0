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

    // equals and hashCode written out: a record's generated ones bootstrap through java.lang.runtime.ObjectMethods
    // at their first call, ~50 method-handle classes on a cold estimate (docs/performance.md).
    @Override
    public boolean equals(Object other) {
        return other instanceof PatientRef o
                && java.util.Objects.equals(tenant, o.tenant)
                && java.util.Objects.equals(patientKey, o.patientKey);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(tenant, patientKey);
    }
}
