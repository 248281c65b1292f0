package com.epiduralestimator.application;

import com.epiduralestimator.domain.CapPurpose;
import com.epiduralestimator.domain.CapWindow;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FindingKind;
import com.epiduralestimator.domain.FrequencyResult;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.domain.SessionCap;
import com.epiduralestimator.domain.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An estimate without a patient id (issue 21: the page shows the whole bill before the id is entered): no stored
 * session is read, so the family's session limit is not checked against the patient's history, and the response
 * says so, naming the cap of the session's family and purpose (caps.csv) and its source.
 */
final class PatientlessEstimate {
    static final String CODE = "FREQUENCY-NOT-CHECKED";

    private PatientlessEstimate() {}

    static EstimateResult said(EstimateResult r) {
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.add(finding(r.frequency()));
        List<String> assumptions = new ArrayList<>(r.assumptions());
        assumptions.add("No patientId: only the sessions elsewhere given in the request were counted.");
        return LocatedFacility.with(r, findings, assumptions, r.bill());
    }

    private static Finding finding(FrequencyResult frequency) {
        Optional<ProcedureFamily> family = ProcedureCatalog.families().family(frequency.family());
        Optional<SessionCap> cap = Optional.empty();
        for (SessionCap c : family.map(ProcedureFamily::caps).orElse(List.of())) {
            if (c.purpose() == frequency.purpose().orElse(CapPurpose.ANY)) {
                cap = Optional.of(c);
            }
        }
        // the ESI's finding is worded as issue 21 first wrote it (pages and clients show it): its cap, L39240
        if (ProcedureFamily.ESI.equals(frequency.family()) || family.isEmpty() || cap.isEmpty()) {
            return Finding.of(CODE, Severity.WARNING, FindingKind.DATA, "No patientId: the patient's stored sessions"
                    + " were not read, so the limit of " + frequency.limit() + " sessions in 12 months was not"
                    + " checked. The amounts are what the session costs if Medicare covers it; give patientId for"
                    + " the 12-month check.", "LCD L39240");
        }
        boolean rolling = cap.get().window() == CapWindow.ROLLING_12_MONTHS;
        String purpose = cap.get().purpose() == CapPurpose.ANY ? "" : cap.get().purpose().wireName() + " ";
        return Finding.of(CODE, Severity.WARNING, FindingKind.DATA, "No patientId: the patient's stored sessions"
                + " were not read, so the " + family.get().label().toLowerCase(java.util.Locale.ROOT) + " limit of "
                + cap.get().limit() + " " + purpose + "sessions per region " + (rolling ? "in 12 months"
                : "over the patient's whole history") + " was not checked. The amounts are what the session costs"
                + " if Medicare covers it; give patientId for the check.", cap.get().source());
    }
}
