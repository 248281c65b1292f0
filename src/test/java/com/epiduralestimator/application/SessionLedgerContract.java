package com.epiduralestimator.application;

import static com.epiduralestimator.domain.SpinalRegion.CERVICAL_THORACIC;
import static com.epiduralestimator.domain.SpinalRegion.LUMBAR_SACRAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    private static final List<SessionLine> ONE_LEVEL = List.of(new SessionLine("62321", 1, List.of()));

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
        return new RecordedSession(patient, region, LocalDate.parse(date), ONE_LEVEL, T0);
    }

    @Test
    void aRecordedSessionReadsBackAsStored() {
        PatientRef patient = newPatient();
        RecordedSession session = new RecordedSession(patient, CERVICAL_THORACIC, LocalDate.parse("2025-03-10"),
                List.of(new SessionLine("64479", 1, List.of("50", "KX")), new SessionLine("64480", 2, List.of())), T0);

        RecordOutcome outcome = ledger.record(session);

        assertThat(outcome).isEqualTo(new RecordOutcome(session, true));
        assertThat(ledger.sessionsFrom(patient, CERVICAL_THORACIC, LocalDate.parse("2025-01-01"))).containsExactly(session);
    }

    @Test
    void aSecondRecordOfTheSameDateKeepsTheFirst() {
        PatientRef patient = newPatient();
        RecordedSession first = session(patient, LUMBAR_SACRAL, "2025-04-01");
        RecordedSession second = new RecordedSession(patient, LUMBAR_SACRAL, LocalDate.parse("2025-04-01"),
                List.of(new SessionLine("62323", 1, List.of("GA"))), T0.plusSeconds(3600));

        ledger.record(first);
        RecordOutcome again = ledger.record(second);

        assertThat(again.created()).isFalse();
        assertThat(again.stored()).isEqualTo(first);
        assertThat(ledger.sessionsFrom(patient, LUMBAR_SACRAL, LocalDate.parse("2025-01-01"))).containsExactly(first);
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

        assertThat(ledger.sessionsFrom(patient, CERVICAL_THORACIC, LocalDate.parse("2024-01-01")))
                .containsExactly(dec, jan, feb, nov);
        assertThat(ledger.sessionsFrom(patient, CERVICAL_THORACIC, LocalDate.parse("2025-01-01")))
                .containsExactly(jan, feb, nov);
        assertThat(ledger.sessionsFrom(patient, CERVICAL_THORACIC, LocalDate.parse("2025-01-02")))
                .containsExactly(feb, nov);
        assertThat(ledger.sessionsFrom(patient, CERVICAL_THORACIC, LocalDate.parse("2025-11-20")))
                .containsExactly(nov);
        assertThat(ledger.sessionsFrom(patient, CERVICAL_THORACIC, LocalDate.parse("2025-11-21"))).isEmpty();
    }

    @Test
    void anUnknownPatientHasNoSessions() {
        assertThat(ledger.sessionsFrom(newPatient(), LUMBAR_SACRAL, LocalDate.parse("2000-01-01"))).isEmpty();
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
        assertThat(ledger.sessionsFrom(inA, CERVICAL_THORACIC, from)).containsExactly(aCervical);
        assertThat(ledger.sessionsFrom(inA, LUMBAR_SACRAL, from)).containsExactly(aLumbar);
        assertThat(ledger.sessionsFrom(inB, CERVICAL_THORACIC, from)).containsExactly(bCervical);
        assertThat(ledger.sessionsFrom(inB, LUMBAR_SACRAL, from)).isEmpty();
        assertThat(ledger.sessionsFrom(otherInA, CERVICAL_THORACIC, from)).containsExactly(otherCervical);
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
            assertThat(ledger.sessionsFrom(patient, LUMBAR_SACRAL, LocalDate.parse("2025-06-30"))).containsExactly(session);
        } finally {
            pool.shutdownNow();
        }
    }
}
