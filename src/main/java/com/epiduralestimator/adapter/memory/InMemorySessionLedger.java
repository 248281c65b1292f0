package com.epiduralestimator.adapter.memory;

import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.RecordOutcome;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionLedger;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The session ledger held in memory. Thread-safe: {@code putIfAbsent} on a concurrent map gives the same
 * "exactly one of concurrent identical records wins" guarantee as DynamoDB's conditional put, and
 * {@code replace(key, expected, updated)} the same compare-and-set as a put conditional on the version.
 */
public final class InMemorySessionLedger implements SessionLedger {
    private final ConcurrentMap<PatientRef, NavigableMap<DateRegion, RecordedSession>> sessions =
            new ConcurrentHashMap<>();
    /** The second key: tenant and session id to the session's place. */
    private final ConcurrentMap<String, Place> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySessionLedger() {
        this(Clock.systemUTC());
    }

    /** @param clock decides which sessions are past their retention (never returned) */
    public InMemorySessionLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<RecordedSession> sessionsFrom(PatientRef patient, LocalDate from) {
        NavigableMap<DateRegion, RecordedSession> byDate = sessions.get(patient);
        if (byDate == null) {
            return List.of();
        }
        List<RecordedSession> out = new ArrayList<>();
        for (RecordedSession s : byDate.tailMap(new DateRegion(from, SpinalRegion.values()[0], ""), true).values()) {
            if (!s.expiredAt(clock.instant())) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public RecordOutcome record(RecordedSession session) {
        NavigableMap<DateRegion, RecordedSession> byDate =
                sessions.computeIfAbsent(session.patient(), k -> new ConcurrentSkipListMap<>());
        DateRegion key = new DateRegion(session.dateOfService(), session.region(), session.family());
        RecordedSession earlier = byDate.putIfAbsent(key, session);
        if (earlier != null) {
            return new RecordOutcome(earlier, false);
        }
        byId.put(idKey(session.patient().tenant(), session.sessionId()), new Place(session.patient(), key));
        return new RecordOutcome(session, true);
    }

    @Override
    public Optional<RecordedSession> find(String tenant, String sessionId) {
        Place place = byId.get(idKey(tenant, sessionId));
        if (place == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(sessions.get(place.patient()).get(place.key()))
                .filter(s -> s.sessionId().equals(sessionId) && !s.expiredAt(clock.instant()));
    }

    @Override
    public boolean replace(RecordedSession updated, long expectedVersion) {
        NavigableMap<DateRegion, RecordedSession> byDate = sessions.get(updated.patient());
        if (byDate == null) {
            return false;
        }
        DateRegion key = new DateRegion(updated.dateOfService(), updated.region(), updated.family());
        RecordedSession current = byDate.get(key);
        return current != null && current.sessionId().equals(updated.sessionId())
                && current.version() == expectedVersion && byDate.replace(key, current, updated);
    }

    private static String idKey(String tenant, String sessionId) {
        return tenant + '\u0000' + sessionId;
    }

    private record Place(PatientRef patient, DateRegion key) {}

    /** One session per patient, date, region and family (an ESI and a facet block the same day are two). */
    private record DateRegion(LocalDate date, SpinalRegion region, String family) implements Comparable<DateRegion> {
        @Override
        public int compareTo(DateRegion o) {
            int byDate = date.compareTo(o.date);
            int byRegion = byDate != 0 ? byDate : region.compareTo(o.region);
            return byRegion != 0 ? byRegion : family.compareTo(o.family);
        }
    }
}
