package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.RecordOutcome;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionLedger;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The session ledger held in memory. Thread-safe: {@code putIfAbsent} on a concurrent map gives the same
 * "exactly one of concurrent identical records wins" guarantee as DynamoDB's conditional put.
 */
public final class InMemorySessionLedger implements SessionLedger {
    private final ConcurrentMap<Key, NavigableMap<LocalDate, RecordedSession>> sessions = new ConcurrentHashMap<>();

    @Override
    public List<RecordedSession> sessionsFrom(PatientRef patient, SpinalRegion region, LocalDate from) {
        NavigableMap<LocalDate, RecordedSession> byDate = sessions.get(new Key(patient, region));
        return byDate == null ? List.of() : List.copyOf(byDate.tailMap(from, true).values());
    }

    @Override
    public RecordOutcome record(RecordedSession session) {
        NavigableMap<LocalDate, RecordedSession> byDate =
                sessions.computeIfAbsent(new Key(session.patient(), session.region()), k -> new ConcurrentSkipListMap<>());
        RecordedSession earlier = byDate.putIfAbsent(session.dateOfService(), session);
        return earlier == null ? new RecordOutcome(session, true) : new RecordOutcome(earlier, false);
    }

    private record Key(PatientRef patient, SpinalRegion region) {}
}
