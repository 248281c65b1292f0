package com.epiduralestimator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.SessionSettings;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.adapter.memory.InMemorySessionLedger;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.UnsupportedRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The recorder's decisions that are not the ledger's: retention, legacy spellings, region of a correction. */
class SessionRecorderTest {
    private static final byte[] SECRET = "session-recorder-test-secret-0123456789ab".getBytes(StandardCharsets.UTF_8);
    private static final List<SessionLine> ONE = List.of(new SessionLine(new HcpcsCode("62321"), 1, List.of()));
    private final Clock clock = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);
    private final InMemorySessionLedger ledger = new InMemorySessionLedger(clock);
    private final PatientKeys keys = new PatientKeys(SECRET, Set.of());

    @Test
    void aSessionExpiresRetentionYearsAfterItsDateAndOneAlreadyPastItIsRefused() {
        SessionRecorder recorder = new SessionRecorder(ledger, keys, clock, 3);
        RecordedSession stored = recorder.record("clinic-a", "MRN-1", LocalDate.parse("2024-02-29"), ONE, PerformedBy.THIS_PRACTICE, "local").stored();
        // 2024-02-29 + 3 years = 2027-02-28 (plusYears clamps), at 00:00 UTC.
        assertThat(stored.expiresAt()).isEqualTo(Instant.parse("2027-02-28T00:00:00Z"));
        // 2022-07-01 + 3 years = 2025-07-01T00:00Z, before the clock's 12:00: already expired.
        assertThatThrownBy(() -> recorder.record("clinic-a", "MRN-1", LocalDate.parse("2022-07-01"), ONE, PerformedBy.THIS_PRACTICE, "local"))
                .isInstanceOf(UnsupportedRequestException.class)
                .satisfies(e -> assertThat(((UnsupportedRequestException) e).rule()).isEqualTo("RETENTION"));
        assertThat(recorder.record("clinic-a", "MRN-1", LocalDate.parse("2022-07-02"), ONE, PerformedBy.THIS_PRACTICE, "local").created()).isTrue();
        assertThat(new SessionRecorder(ledger, keys, clock, 1)
                .record("clinic-a", "MRN-2", LocalDate.parse("2025-06-01"), ONE, PerformedBy.THIS_PRACTICE, "local").stored().expiresAt())
                .isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    }

    @Test
    void aSessionStoredUnderTheUnnormalisedSpellingBeforeNormalisationIsStillFoundAndCounted() {
        // What v1 stored for "MRN-0042 ": the key of the id exactly as sent (the last of refs()).
        List<PatientRef> refs = keys.refs("clinic-a", "MRN-0042 ");
        PatientRef legacy = refs.get(refs.size() - 1);
        RecordedSession old = LedgerFixtures.recorded(legacy, SpinalRegion.CERVICAL_THORACIC, LocalDate.parse("2025-01-15"),
                ONE, Instant.parse("2025-01-15T10:00:00Z"));
        ledger.record(old);
        SessionRecorder recorder = new SessionRecorder(ledger, keys, clock, SessionSettings.DEFAULT_RETENTION_YEARS);
        recorder.record("clinic-a", "MRN-0042", LocalDate.parse("2025-03-01"), ONE, PerformedBy.THIS_PRACTICE, "local");

        // Sent again as it was then: both sessions, the old one and the one keyed under the normalised id.
        assertThat(recorder.search("clinic-a", "MRN-0042 ", Optional.empty(), Optional.empty(), false))
                .extracting(RecordedSession::dateOfService)
                .containsExactly(LocalDate.parse("2025-01-15"), LocalDate.parse("2025-03-01"));
        // Sent normalised: one read, of the normalised key only (the old spelling is not known to it).
        assertThat(recorder.search("clinic-a", "MRN-0042", Optional.empty(), Optional.empty(), false))
                .extracting(RecordedSession::dateOfService).containsExactly(LocalDate.parse("2025-03-01"));
    }

    @Test
    void aCorrectionToTheOtherRegionMovesTheSessionAndOneAlreadyThereWithOtherLinesStopsIt() {
        SessionRecorder recorder = new SessionRecorder(ledger, keys, clock, SessionSettings.DEFAULT_RETENTION_YEARS);
        RecordedSession cervical = recorder.record("clinic-a", "MRN-3", LocalDate.parse("2025-05-01"), ONE, PerformedBy.THIS_PRACTICE, "local").stored();
        PatientRef patient = cervical.patient();
        LocalDate from = LocalDate.parse("2025-01-01");

        RecordedSession lumbar = recorder.correct("clinic-a", cervical.sessionId(),
                List.of(new SessionLine(new HcpcsCode("62323"), 1, List.of())), ChangeReason.WRONG_CODE, "user-1");

        assertThat(lumbar.region()).isEqualTo(SpinalRegion.LUMBAR_SACRAL);
        assertThat(lumbar.sessionId()).isNotEqualTo(cervical.sessionId());
        // Each names the other session (not in free text: a category and the other's id, issue 22).
        assertThat(lumbar.history()).singleElement().satisfies(c -> {
            assertThat(c.reason()).contains(ChangeReason.WRONG_CODE);
            assertThat(c.relatedSessionId()).contains(cervical.sessionId());
        });
        RecordedSession old = ledger.find("clinic-a", cervical.sessionId()).orElseThrow();
        assertThat(old.voided()).isTrue();
        assertThat(old.history().get(1).reason()).contains(ChangeReason.WRONG_CODE);
        assertThat(old.history().get(1).relatedSessionId()).contains(lumbar.sessionId());
        assertThat(LedgerFixtures.activeSessions(ledger, patient, SpinalRegion.CERVICAL_THORACIC, from)).isEmpty();
        assertThat(LedgerFixtures.activeSessions(ledger, patient, SpinalRegion.LUMBAR_SACRAL, from)).containsExactly(lumbar);

        // Back to cervical while another cervical session with other lines is on file for that date: 409, no change.
        RecordedSession other = recorder.record("clinic-a", "MRN-4", LocalDate.parse("2025-05-02"), ONE, PerformedBy.THIS_PRACTICE, "local").stored();
        recorder.record("clinic-a", "MRN-4", LocalDate.parse("2025-05-02"), List.of(new SessionLine(new HcpcsCode("62323"), 1,
                List.of())), PerformedBy.THIS_PRACTICE, "local");
        String lumbarId = recorder.search("clinic-a", "MRN-4", Optional.empty(), Optional.empty(), false).stream()
                .filter(s -> s.region() == SpinalRegion.LUMBAR_SACRAL).findFirst().orElseThrow().sessionId();
        assertThatThrownBy(() -> recorder.correct("clinic-a", lumbarId, List.of(new SessionLine(new HcpcsCode("64479"), 1,
                List.of())), ChangeReason.WRONG_CODE, "user-1"))
                .isInstanceOf(SessionConflictException.class)
                .satisfies(e -> assertThat(((SessionConflictException) e).stored()).isEqualTo(other));
        assertThat(ledger.find("clinic-a", lumbarId).orElseThrow().active()).isTrue();
    }

    @Test
    void theSameLinesAgainChangeNothing() {
        SessionRecorder recorder = new SessionRecorder(ledger, keys, clock, SessionSettings.DEFAULT_RETENTION_YEARS);
        String id = recorder.record("clinic-a", "MRN-5", LocalDate.parse("2025-05-01"), ONE, PerformedBy.THIS_PRACTICE, "local").stored().sessionId();
        RecordedSession same = recorder.correct("clinic-a", id, ONE, ChangeReason.OTHER, "user-1");
        assertThat(same.version()).isEqualTo(1);
        assertThat(same.history()).hasSize(1);
    }

    @Test
    void aSessionTakesAtMostOneHundredCorrectionsThenSaysToVoidIt() {
        SessionRecorder recorder = new SessionRecorder(ledger, keys, clock, SessionSettings.DEFAULT_RETENTION_YEARS);
        String id = recorder.record("clinic-a", "MRN-6", LocalDate.parse("2025-05-01"), ONE, PerformedBy.THIS_PRACTICE, "local").stored().sessionId();
        for (int i = 1; i <= SessionRecorder.MAX_CORRECTIONS; i++) { // units 2, 3, ..., 101: each a change
            recorder.correct("clinic-a", id, List.of(new SessionLine(new HcpcsCode("62321"), i + 1, List.of())), ChangeReason.WRONG_CODE, "u");
        }
        assertThatThrownBy(() -> recorder.correct("clinic-a", id, ONE, ChangeReason.WRONG_CODE, "u"))
                .isInstanceOf(UnsupportedRequestException.class)
                .satisfies(e -> assertThat(((UnsupportedRequestException) e).rule()).isEqualTo("CORRECTION-LIMIT"));
        assertThat(recorder.voidSession("clinic-a", id, ChangeReason.ENTERED_IN_ERROR, "u").history()).hasSize(102);
    }
}
