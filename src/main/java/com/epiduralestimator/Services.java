package com.epiduralestimator;

import com.epiduralestimator.application.EstimateService;
import com.epiduralestimator.application.FeeLookup;
import com.epiduralestimator.application.SessionRecorder;
import com.epiduralestimator.application.LazyFacilityDirectory;
import com.epiduralestimator.application.TenantRateLimit;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The wired use cases the handlers call, and the little configuration the HTTP layer itself needs.
 *
 * @param facilities  the facility directory (issue 21), read on first use: a search, or an estimate naming a facility
 *                    by CCN or ZIP
 * @param patientData the use cases that read or write patient data: empty in the fees function, which holds no
 *                    patient key secret (asking it for one is a wiring mistake, said in words, never a null)
 * @param rateLimit   the per-tenant request limit of the patient routes ({@link TenantRateLimit#off()} unless
 *                    configured: TENANT_RATE_LIMIT_PER_MINUTE in Lambda, {@code serve --tenant-rate-limit})
 */
public record Services(FeeLookup fees, Optional<PatientData> patientData, String tenantClaim, Clock clock,
                       TenantRateLimit rateLimit, LazyFacilityDirectory facilities) {
    /** The estimate and the session use cases: wired only where the patient key secret is. */
    public record PatientData(EstimateService estimates, SessionRecorder sessions) {
        public PatientData {
            Objects.requireNonNull(estimates, "estimates");
            Objects.requireNonNull(sessions, "sessions");
        }
    }

    public Services {
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(patientData, "patientData");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(facilities, "facilities");
    }

    /** Without a rate limit. */
    public Services(FeeLookup fees, Optional<PatientData> patientData, String tenantClaim, Clock clock,
                    LazyFacilityDirectory facilities) {
        this(fees, patientData, tenantClaim, clock, TenantRateLimit.off(), facilities);
    }

    /** The same services with this per-tenant rate limit. */
    public Services withRateLimit(TenantRateLimit limit) {
        return new Services(fees, patientData, tenantClaim, clock, limit, facilities);
    }

    public EstimateService estimates() {
        if (patientData().isEmpty()) { // no method reference: init asks this (docs/performance.md)
            throw noPatientData();
        }
        return patientData().get().estimates();
    }

    public SessionRecorder sessions() {
        if (patientData().isEmpty()) {
            throw noPatientData();
        }
        return patientData().get().sessions();
    }

    private static IllegalStateException noPatientData() {
        return new IllegalStateException("wired without the patient key secret (the fees function): no estimate or"
                + " session use case");
    }
}
