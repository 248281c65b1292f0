package com.epiduralestimator.application;

import static com.epiduralestimator.domain.SpinalRegion.CERVICAL_THORACIC;
import static com.epiduralestimator.domain.SpinalRegion.LUMBAR_SACRAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.SessionSettings;
import java.util.Set;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link SessionLedger} does, whatever stores it. One ledger per class; each test works on patients
 * (random keys) of its own, so tests do not see each other's sessions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SessionLedgerContract {
    private static final Instant T0 = Instant.parse("2025-03-10T14:15:16.123456789Z");
    private static final List<SessionLine> ONE_LEVEL = List.of(new SessionLine(new HcpcsCode("62321"), 1, List.of()));

    private SessionLedger ledger;

    /** An empty ledger. */
    protected abstract SessionLedger newLedger();

    protected void close() {}

    @BeforeAll
    void openLedger() {
        ledger = newLedger();
    }

    @AfterAll
    void closeLedger() {
        close();
    }

    private static PatientRef newPatient(String tenant) {
        return new PatientRef(tenant, UUID.randomUUID().toString().replace("-", ""));
    }

    private static PatientRef newPatient() {
        return newPatient("clinic-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static RecordedSession session(PatientRef patient, SpinalRegion region, String date) {
        return LedgerFixtures.recorded(patient, region, LocalDate.parse(date), ONE_LEVEL, T0);
    }

    @Test
    void aRecordedSessionReadsBackAsStored() {
        PatientRef patient = newPatient();
        RecordedSession session = LedgerFixtures.recorded(patient, CERVICAL_THORACIC, LocalDate.parse("2025-03-10"),
                List.of(new SessionLine(new HcpcsCode("64479"), 1, List.of("50", "KX")), new SessionLine(new HcpcsCode("64480"), 2, List.of())), T0);

        RecordOutcome outcome = ledger.record(session);

        assertThat(outcome).isEqualTo(new RecordOutcome(session, true));
        assertThat(LedgerFixtures.activeSessions(ledger, patient, CERVICAL_THORACIC, LocalDate.parse("2025-01-01"))).containsExactly(session);
    }

    @Test
    void aSecondRecordOfTheSameDateKeepsTheFirst() {
        PatientRef patient = newPatient();
        RecordedSession first = session(patient, LUMBAR_SACRAL, "2025-04-01");
        RecordedSession second = LedgerFixtures.recorded(patient, LUMBAR_SACRAL, LocalDate.parse("2025-04-01"),
                List.of(new SessionLine(new HcpcsCode("62323"), 1, List.of("GA"))), T0.plusSeconds(3600));

        ledger.record(first);
        RecordOutcome again = ledger.record(second);

        assertThat(again.created()).isFalse();
        assertThat(again.stored()).isEqualTo(first);
        assertThat(LedgerFixtures.activeSessions(ledger, patient, LUMBAR_SACRAL, LocalDate.parse("2025-01-01"))).containsExactly(first);
    }

    @Test
    void sessionsFromIncludesTheFromDateAndIsInDateOrder() {
        PatientRef patient = newPatient();
        RecordedSession dec = session(patient, CERVICAL_THORACIC, "2024-12-31");
        RecordedSession jan = session(patient, CERVICAL_THORACIC, "2025-01-01");
        RecordedSession feb = session(patient, CERVICAL_THORACIC, "2025-02-15");
        RecordedSession nov = session(patient, CERVICAL_THORACIC, "2025-11-20");
        for (RecordedSession s : List.of(nov, jan, feb, dec)) {
            assertThat(ledger.record(s).created()).isTrue();
        }

        assertThat(LedgerFixtures.activeSessions(ledger, patient, CERVICAL_THORACIC, LocalDate.parse("2024-01-01")))
                .containsExactly(dec, jan, feb, nov);
        assertThat(LedgerFixtures.activeSessions(ledger, patient, CERVICAL_THORACIC, LocalDate.parse("2025-01-01")))
                .containsExactly(jan, feb, nov);
        assertThat(LedgerFixtures.activeSessions(ledger, patient, CERVICAL_THORACIC, LocalDate.parse("2025-01-02")))
                .containsExactly(feb, nov);
        assertThat(LedgerFixtures.activeSessions(ledger, patient, CERVICAL_THORACIC, LocalDate.parse("2025-11-20")))
                .containsExactly(nov);
        assertThat(LedgerFixtures.activeSessions(ledger, patient, CERVICAL_THORACIC, LocalDate.parse("2025-11-21"))).isEmpty();
    }

    @Test
    void anUnknownPatientHasNoSessions() {
        assertThat(LedgerFixtures.activeSessions(ledger, newPatient(), LUMBAR_SACRAL, LocalDate.parse("2000-01-01"))).isEmpty();
    }

    @Test
    void tenantsRegionsAndPatientsAreKeptApart() {
        String patientKey = UUID.randomUUID().toString().replace("-", "");
        PatientRef inA = new PatientRef("tenant-a-" + patientKey.substring(0, 6), patientKey);
        PatientRef inB = new PatientRef("tenant-b-" + patientKey.substring(0, 6), patientKey);
        PatientRef otherInA = newPatient(inA.tenant());
        RecordedSession aCervical = session(inA, CERVICAL_THORACIC, "2025-05-05");
        RecordedSession aLumbar = session(inA, LUMBAR_SACRAL, "2025-05-05");
        RecordedSession bCervical = session(inB, CERVICAL_THORACIC, "2025-05-05");
        RecordedSession otherCervical = session(otherInA, CERVICAL_THORACIC, "2025-05-05");

        for (RecordedSession s : List.of(aCervical, aLumbar, bCervical, otherCervical)) {
            assertThat(ledger.record(s).created()).as("same date, different key").isTrue();
        }

        LocalDate from = LocalDate.parse("2025-01-01");
        assertThat(LedgerFixtures.activeSessions(ledger, inA, CERVICAL_THORACIC, from)).containsExactly(aCervical);
        assertThat(LedgerFixtures.activeSessions(ledger, inA, LUMBAR_SACRAL, from)).containsExactly(aLumbar);
        assertThat(LedgerFixtures.activeSessions(ledger, inB, CERVICAL_THORACIC, from)).containsExactly(bCervical);
        assertThat(LedgerFixtures.activeSessions(ledger, inB, LUMBAR_SACRAL, from)).isEmpty();
        assertThat(LedgerFixtures.activeSessions(ledger, otherInA, CERVICAL_THORACIC, from)).containsExactly(otherCervical);
    }

    @Test
    void ofFiftyConcurrentIdenticalRecordsExactlyOneCreates() throws Exception {
        PatientRef patient = newPatient();
        RecordedSession session = session(patient, LUMBAR_SACRAL, "2025-06-30");
        int callers = 50;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            // Warm the store and the client's connections first, so that what is measured is the race, not a
            // cold server answering 50 first requests inside the client's 2-second call timeout.
            List<Future<RecordOutcome>> warmUp = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                RecordedSession other = session(newPatient(), LUMBAR_SACRAL, "2025-06-29");
                warmUp.add(pool.submit(() -> ledger.record(other)));
            }
            for (Future<RecordOutcome> f : warmUp) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException slowColdStart) {
                    // only warming: the race below is what this test holds
                }
            }
            CountDownLatch ready = new CountDownLatch(callers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<RecordOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return ledger.record(session);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();

            int created = 0;
            for (Future<RecordOutcome> f : outcomes) {
                RecordOutcome outcome = f.get(30, TimeUnit.SECONDS);
                assertThat(outcome.stored()).isEqualTo(session);
                created += outcome.created() ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
            assertThat(LedgerFixtures.activeSessions(ledger, patient, LUMBAR_SACRAL, LocalDate.parse("2025-06-30"))).containsExactly(session);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- session history (issue #11)

    private static RecordedSession withId(PatientRef patient, SpinalRegion region, String date, Instant expiresAt,
                                          PerformedBy performedBy) {
        return new RecordedSession(SessionIds.random(), patient, region, LocalDate.parse(date), ONE_LEVEL, T0,
                performedBy, false, List.of(new SessionChange(T0, "user-1", SessionChange.Action.RECORDED,
                        Optional.empty())), 1, expiresAt);
    }

    private static final Instant FAR = Instant.parse("2090-01-01T00:00:00Z");

    @Test
    void oneReadReturnsBothRegionsInDateThenRegionOrderWithEveryField() {
        PatientRef patient = newPatient();
        RecordedSession lumbar = withId(patient, LUMBAR_SACRAL, "2025-05-05", FAR, PerformedBy.OTHER_PROVIDER);
        RecordedSession cervical = withId(patient, CERVICAL_THORACIC, "2025-05-05", FAR, PerformedBy.THIS_PRACTICE);
        RecordedSession earlier = withId(patient, LUMBAR_SACRAL, "2025-02-01", FAR, PerformedBy.THIS_PRACTICE);
        for (RecordedSession s : List.of(lumbar, cervical, earlier)) {
            assertThat(ledger.record(s).created()).isTrue();
        }

        assertThat(ledger.sessionsFrom(patient, LocalDate.parse("2025-01-01")))
                .containsExactly(earlier, cervical, lumbar);
        assertThat(ledger.sessionsFrom(patient, LocalDate.parse("2025-05-05"))).containsExactly(cervical, lumbar);
        assertThat(LedgerFixtures.activeSessions(ledger, patient, LUMBAR_SACRAL, LocalDate.parse("2025-01-01")))
                .containsExactly(earlier, lumbar);
    }

    @Test
    void aSessionIsFoundByItsIdInItsTenantOnly() {
        PatientRef patient = newPatient();
        RecordedSession session = withId(patient, CERVICAL_THORACIC, "2025-03-03", FAR, PerformedBy.THIS_PRACTICE);
        ledger.record(session);

        assertThat(ledger.find(patient.tenant(), session.sessionId())).contains(session);
        assertThat(ledger.find("other-" + patient.tenant(), session.sessionId())).isEmpty();
        assertThat(ledger.find(patient.tenant(), SessionIds.random())).isEmpty();
    }

    @Test
    void replaceWritesOnlyOverTheVersionItRead() {
        PatientRef patient = newPatient();
        RecordedSession session = withId(patient, CERVICAL_THORACIC, "2025-03-04", FAR, PerformedBy.THIS_PRACTICE);
        ledger.record(session);
        SessionChange change = new SessionChange(T0.plusSeconds(60), "user-2", SessionChange.Action.CORRECTED,
                Optional.of(ChangeReason.WRONG_CODE));
        RecordedSession corrected = session.corrected(List.of(new SessionLine(new HcpcsCode("64479"), 1, List.of()),
                new SessionLine(new HcpcsCode("64480"), 1, List.of())), change);

        assertThat(ledger.replace(corrected, 1)).isTrue();
        assertThat(ledger.replace(session.voided(change), 1)).as("a stale version").isFalse();

        RecordedSession stored = ledger.find(patient.tenant(), session.sessionId()).orElseThrow();
        assertThat(stored).isEqualTo(corrected);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.history()).hasSize(2);
    }

    @Test
    void aVoidedSessionIsReadButNotCounted() {
        PatientRef patient = newPatient();
        RecordedSession session = withId(patient, LUMBAR_SACRAL, "2025-03-05", FAR, PerformedBy.THIS_PRACTICE);
        ledger.record(session);
        RecordedSession voided = session.voided(new SessionChange(T0, "user-1", SessionChange.Action.VOIDED,
                Optional.of(ChangeReason.ENTERED_IN_ERROR)));
        assertThat(ledger.replace(voided, 1)).isTrue();

        assertThat(ledger.sessionsFrom(patient, LocalDate.parse("2025-01-01"))).containsExactly(voided);
        assertThat(LedgerFixtures.activeSessions(ledger, patient, LUMBAR_SACRAL, LocalDate.parse("2025-01-01"))).isEmpty();
    }

    @Test
    void anExpiredSessionIsNeitherReadNorFoundBeforeTheStoreDeletesIt() {
        PatientRef patient = newPatient();
        RecordedSession expired = withId(patient, LUMBAR_SACRAL, "2025-03-06", Instant.now().minusSeconds(60),
                PerformedBy.THIS_PRACTICE);
        RecordedSession kept = withId(patient, LUMBAR_SACRAL, "2025-03-07", FAR, PerformedBy.THIS_PRACTICE);
        ledger.record(expired);
        ledger.record(kept);

        assertThat(ledger.sessionsFrom(patient, LocalDate.parse("2025-01-01"))).containsExactly(kept);
        assertThat(ledger.find(patient.tenant(), expired.sessionId())).isEmpty();
    }

    @Test
    void twentyConcurrentVoidsAndCorrectionsOfOneSessionLeaveOneConsistentHistory() throws Exception {
        PatientKeys keys = new PatientKeys("contract-secret-0123456789abcdef-0123456789".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), Set.of());
        SessionRecorder recorder = new SessionRecorder(ledger, keys, java.time.Clock.systemUTC(), SessionSettings.DEFAULT_RETENTION_YEARS);
        String tenant = "clinic-" + UUID.randomUUID().toString().substring(0, 8);
        String sessionId = recorder.record(tenant, "MRN-RACE", LocalDate.parse("2025-04-04"), ONE_LEVEL, PerformedBy.THIS_PRACTICE, "local")
                .stored().sessionId();
        int callers = 20;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch ready = new CountDownLatch(callers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int n = i;
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        if (n % 4 == 3) { // callers 3, 7, 11, 15, 19 void; the others correct
                            recorder.voidSession(tenant, sessionId, ChangeReason.DUPLICATE, "user-" + n);
                        } else { // each correction its own lines: 64479 + 64480 with n + 1 units
                            recorder.correct(tenant, sessionId, List.of(new SessionLine(new HcpcsCode("64479"), 1, List.of()),
                                    new SessionLine(new HcpcsCode("64480"), n + 1, List.of())), ChangeReason.WRONG_CODE, "user-" + n);
                        }
                        return "ok " + n;
                    } catch (SessionConflictException voidedAlready) {
                        assertThat(voidedAlready.stored().voided()).isTrue();
                        return "409 " + n;
                    }
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<String> succeeded = new ArrayList<>();
            for (Future<String> f : outcomes) {
                String outcome = f.get(60, TimeUnit.SECONDS);
                if (outcome.startsWith("ok ")) {
                    succeeded.add(outcome.substring(3));
                }
            }

            RecordedSession stored = ledger.find(tenant, sessionId).orElseThrow();
            List<SessionChange> history = stored.history();
            // One entry for the recording plus exactly one per call that succeeded, none lost, none doubled.
            assertThat(history).hasSize(1 + succeeded.size());
            assertThat(stored.version()).isEqualTo(1 + succeeded.size());
            assertThat(history.get(0).action()).isEqualTo(SessionChange.Action.RECORDED);
            assertThat(history.subList(1, history.size()).stream().map(c -> c.by()
                    .replaceAll("\\D+", "")).toList()).containsExactlyInAnyOrderElementsOf(succeeded);
            // Exactly one void won, it is the last change (nothing corrects a voided session), and the lines are
            // those of the last correction before it.
            assertThat(history.stream().filter(c -> c.action() == SessionChange.Action.VOIDED)).hasSize(1);
            assertThat(history.get(history.size() - 1).action()).isEqualTo(SessionChange.Action.VOIDED);
            assertThat(stored.voided()).isTrue();
            SessionChange lastCorrection = history.stream()
                    .filter(c -> c.action() == SessionChange.Action.CORRECTED).reduce((a, b) -> b).orElse(null);
            if (lastCorrection != null) {
                int n = Integer.parseInt(lastCorrection.by().replaceAll("\\D+", ""));
                assertThat(stored.lines()).containsExactly(new SessionLine(new HcpcsCode("64479"), 1, List.of()),
                        new SessionLine(new HcpcsCode("64480"), n + 1, List.of()));
            } else {
                assertThat(stored.lines()).isEqualTo(ONE_LEVEL);
            }
            for (int i = 1; i < history.size(); i++) {
                assertThat(history.get(i).at()).isAfterOrEqualTo(history.get(i - 1).at());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSessionKeyedUnderAnUnnormalisedSpellingBeforeNormalisationIsStillReadUnderThatSpelling() {
        PatientKeys keys = new PatientKeys("contract-secret-0123456789abcdef-0123456789".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), Set.of());
        SessionRecorder recorder = new SessionRecorder(ledger, keys, java.time.Clock.systemUTC(), SessionSettings.DEFAULT_RETENTION_YEARS);
        String tenant = "clinic-" + UUID.randomUUID().toString().substring(0, 8);
        String sent = "\uFF2D\uFF32\uFF2E-77 "; // full-width MRN, trailing space: as version 1 keyed it
        List<PatientRef> refs = keys.refs(tenant, sent);
        RecordedSession old = session(refs.get(refs.size() - 1), LUMBAR_SACRAL, "2025-02-02");
        ledger.record(old);
        recorder.record(tenant, "MRN-77", LocalDate.parse("2025-04-04"), List.of(new SessionLine(new HcpcsCode("62323"), 1,
                List.of())), PerformedBy.THIS_PRACTICE, "local");

        assertThat(recorder.search(tenant, sent, Optional.empty(), Optional.empty(), false))
                .extracting(RecordedSession::dateOfService)
                .containsExactly(LocalDate.parse("2025-02-02"), LocalDate.parse("2025-04-04"));
        assertThat(PatientHistory.read(ledger, keys, tenant, sent, LocalDate.parse("2025-01-01"), Deadline.none())).hasSize(2);
        // And the cap counts both: the old spelling's session and the normalised one's.
        assertThat(FrequencyInputs.of(PatientHistory.read(ledger, keys, tenant, sent, LocalDate.parse("2024-06-02"), Deadline.none()),
                List.of(), LUMBAR_SACRAL, LocalDate.parse("2025-06-01")).sessionDates()).hasSize(2);
    }
}
