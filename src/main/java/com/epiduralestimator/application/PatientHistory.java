package com.epiduralestimator.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a patient's stored sessions over every key the id may be stored under ({@link PatientKeys#refs}): one
 * request for an id sent in its normalised spelling, one more per other spelling (sessions stored before ids were
 * normalised were keyed under the id exactly as sent).
 */
final class PatientHistory {
    private PatientHistory() {}

    static List<RecordedSession> read(SessionLedger ledger, PatientKeys keys, String tenant, String patientId,
                                      LocalDate from, Deadline deadline) {
        List<PatientRef> refs = keys.refs(tenant, patientId);
        if (refs.size() == 1) {
            return ledger.sessionsFrom(refs.get(0), from);
        }
        Map<String, RecordedSession> byId = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            if (i > 0) {
                deadline.check("all the patient's sessions were read (nothing was changed; send the request again)");
            }
            ledger.sessionsFrom(refs.get(i), from).forEach(s -> byId.putIfAbsent(s.sessionId(), s));
        }
        List<RecordedSession> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(RecordedSession::dateOfService).thenComparing(RecordedSession::region));
        return List.copyOf(all);
    }
}
