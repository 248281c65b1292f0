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
        if (r.frequency() == null) { // a visit alone (issue 19): no cap, but an RFA's global period is unknown
            findings.add(Finding.of(CODE, Severity.WARNING, FindingKind.DATA, "No patientId: the patient's stored"
                    + " sessions were not read, so whether the visit falls in the global period of a procedure (a"
                    + " facet RFA's 10 days) was not checked; give patientId for that check.",
                    "CMS Global Surgery Booklet"));
        } else {
            findings.add(Finding.of(CODE, Severity.WARNING, FindingKind.DATA, "No patientId: the patient's stored"
                    + " sessions were not read, so the limit of 4 sessions in 12 months was not checked. The amounts"
                    + " are what the session costs if Medicare covers it; give patientId for the 12-month check.",
                    "LCD L39240"));
        }
        List<String> assumptions = new ArrayList<>(r.assumptions());
        assumptions.add("No patientId: only the sessions elsewhere given in the request were counted.");
        return LocatedFacility.with(r, findings, assumptions, r.bill());
    }
}
