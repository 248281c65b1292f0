package com.epiduralestimator.application;

import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FindingKind;
import com.epiduralestimator.domain.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * An estimate without a patient id (issue 21: the page shows the whole bill before the id is entered): no stored
 * session is read, so the 12-month limit is not checked against the patient's history, and the response says so.
 */
final class PatientlessEstimate {
    static final String CODE = "FREQUENCY-NOT-CHECKED";

    private PatientlessEstimate() {}

    static EstimateResult said(EstimateResult r) {
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.add(Finding.of(CODE, Severity.WARNING, FindingKind.DATA, "No patientId: the patient's stored sessions were not read,"
                + " so the limit of 4 sessions in 12 months was not checked. The amounts are what the session costs"
                + " if Medicare covers it; give patientId for the 12-month check.", "LCD L39240"));
        List<String> assumptions = new ArrayList<>(r.assumptions());
        assumptions.add("No patientId: only the sessions elsewhere given in the request were counted.");
        return LocatedFacility.with(r, findings, assumptions, r.bill());
    }
}
