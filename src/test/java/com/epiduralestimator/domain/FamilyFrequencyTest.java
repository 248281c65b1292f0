package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.application.FamilyCatalogResource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each family's cap (medicare-rules.md section 7) through the one frequency function, and ESI as FrequencyPolicy. */
class FamilyFrequencyTest {
    private static final FamilyCatalog CATALOG = FamilyCatalogResource.load();
    private static final Optional<Purpose> DIAGNOSTIC = Optional.of(Purpose.DIAGNOSTIC);
    private static final Optional<Purpose> THERAPEUTIC = Optional.of(Purpose.THERAPEUTIC);

    private static ProcedureFamily family(String id) {
        return CATALOG.family(id).orElseThrow();
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static FamilySession s(String date, String region, Optional<Purpose> purpose) {
        return new FamilySession(d(date), region, purpose);
    }

    @Test
    void theEsiFamilyAnswersAsFrequencyPolicyDoes() {
        Random random = new Random(19);
        for (int run = 0; run < 400; run++) {
            LocalDate dos = d("2024-01-01").plusDays(random.nextInt(900));
            List<FamilySession> sessions = new ArrayList<>();
            List<LocalDate> dates = new ArrayList<>();
            for (int i = random.nextInt(9); i > 0; i--) {
                LocalDate date = dos.minusDays(random.nextInt(500) - 60L);
                sessions.add(new FamilySession(date, "lumbar-sacral", Optional.empty()));
                dates.add(date);
            }
            FamilyFrequencyResult family = FamilyFrequency.evaluate(family("esi"), "lumbar-sacral", Optional.empty(),
                    dos, sessions);
            assertThat(family.toFrequencyResult()).as(dos + " " + dates).isEqualTo(FrequencyPolicy.evaluate(dos, dates));
        }
        // 29 February: the window of 2025-02-28 starts 2024-02-29 (minusYears clamps): the seed's example
        FamilyFrequencyResult leap = FamilyFrequency.evaluate(family("esi"), "cervical-thoracic", Optional.empty(),
                d("2025-03-01"), List.of());
        assertThat(leap.windowStart()).contains(d("2024-03-02"));
    }

    @Test
    void facetCountsFourDiagnosticAndFourTherapeuticApartPerRegion() {
        List<FamilySession> sessions = List.of(
                s("2025-01-10", "lumbar-sacral", DIAGNOSTIC), s("2025-02-10", "lumbar-sacral", DIAGNOSTIC),
                s("2025-03-10", "lumbar-sacral", DIAGNOSTIC), s("2025-04-10", "lumbar-sacral", DIAGNOSTIC),
                s("2025-05-10", "lumbar-sacral", THERAPEUTIC), s("2025-05-20", "cervical-thoracic", DIAGNOSTIC));
        FamilyFrequencyResult fifthDiagnostic = FamilyFrequency.evaluate(family("facet"), "lumbar-sacral", DIAGNOSTIC,
                d("2025-06-01"), sessions);
        assertThat(fifthDiagnostic.eligible()).isFalse();
        assertThat(fifthDiagnostic.priorSessions()).isEqualTo(4);
        assertThat(fifthDiagnostic.purpose()).isEqualTo(CapPurpose.DIAGNOSTIC);
        // 2026-01-10: its window is 2025-01-11 .. 2026-01-09, which the 2025-01-10 session has left (3 prior)
        assertThat(fifthDiagnostic.nextEligibleDate()).contains(d("2026-01-10"));
        FamilyFrequencyResult therapeutic = FamilyFrequency.evaluate(family("facet"), "lumbar-sacral", THERAPEUTIC,
                d("2025-06-01"), sessions);
        assertThat(therapeutic.eligible()).isTrue();
        assertThat(therapeutic.priorSessions()).isEqualTo(1);
        assertThat(therapeutic.remainingAfterThis()).isEqualTo(2); // 4 − (1 + 1)
        FamilyFrequencyResult cervical = FamilyFrequency.evaluate(family("facet"), "cervical-thoracic", DIAGNOSTIC,
                d("2025-06-01"), sessions);
        assertThat(cervical.priorSessions()).isEqualTo(1);
        assertThatThrownBy(() -> FamilyFrequency.evaluate(family("facet"), "lumbar-sacral", Optional.empty(),
                d("2025-06-01"), sessions)).hasMessageContaining("purpose is needed");
        assertThatThrownBy(() -> FamilyFrequency.evaluate(family("facet"), "sacroiliac", DIAGNOSTIC,
                d("2025-06-01"), sessions)).hasMessageContaining("not a region of the facet family");
    }

    @Test
    void rfaAllowsTwoSessionsPerRegion() {
        List<FamilySession> sessions = List.of(s("2025-03-03", "lumbar-sacral", Optional.empty()),
                s("2025-09-15", "lumbar-sacral", Optional.empty()));
        FamilyFrequencyResult third = FamilyFrequency.evaluate(family("facet-rfa"), "lumbar-sacral", THERAPEUTIC,
                d("2025-12-01"), sessions);
        assertThat(third.eligible()).isFalse();
        assertThat(third.limit()).isEqualTo(2);
        assertThat(third.nextEligibleDate()).contains(d("2026-03-03")); // window 2025-03-04 .. 2026-03-02
        FamilyFrequencyResult second = FamilyFrequency.evaluate(family("facet-rfa"), "lumbar-sacral", THERAPEUTIC,
                d("2025-09-15"), sessions); // a session recorded on D is this session, not a prior one
        assertThat(second.priorSessions()).isEqualTo(1);
        assertThat(second.remainingAfterThis()).isZero();
    }

    @Test
    void sacroiliacDiagnosticSessionsCountOverTheWholeHistoryAndABilateralSessionOnce() {
        // RT and LT on one date are one session
        List<FamilySession> sessions = List.of(s("2021-04-01", "sacroiliac", DIAGNOSTIC),
                s("2021-04-01", "sacroiliac", DIAGNOSTIC), s("2022-05-02", "sacroiliac", DIAGNOSTIC));
        FamilyFrequencyResult third = FamilyFrequency.evaluate(family("sacroiliac"), "sacroiliac", DIAGNOSTIC,
                d("2026-02-01"), sessions);
        assertThat(third.window()).isEqualTo(CapWindow.WHOLE_HISTORY);
        assertThat(third.windowStart()).isEmpty();
        assertThat(third.priorSessions()).isEqualTo(2);
        assertThat(third.eligible()).isFalse();
        assertThat(third.nextEligibleDate()).isEmpty(); // whole history: never leaves the count
        FamilyFrequencyResult second = FamilyFrequency.evaluate(family("sacroiliac"), "sacroiliac", DIAGNOSTIC,
                d("2022-05-02"), sessions);
        assertThat(second.priorSessions()).isEqualTo(1);
        assertThat(second.eligible()).isTrue();

        List<FamilySession> therapeutic = List.of(s("2025-01-05", "sacroiliac", THERAPEUTIC),
                s("2025-01-05", "sacroiliac", THERAPEUTIC), s("2025-04-05", "sacroiliac", THERAPEUTIC),
                s("2025-07-05", "sacroiliac", THERAPEUTIC), s("2025-10-05", "sacroiliac", THERAPEUTIC));
        FamilyFrequencyResult fifth = FamilyFrequency.evaluate(family("sacroiliac"), "sacroiliac", THERAPEUTIC,
                d("2025-12-01"), therapeutic);
        assertThat(fifth.priorSessions()).isEqualTo(4); // the bilateral 2025-01-05 once
        assertThat(fifth.nextEligibleDate()).contains(d("2026-01-05"));
    }

    @Test
    void aSessionRecordedWithoutAPurposeCountsTowardEachCapOfAFamilyThatCountsThemApart() {
        List<FamilySession> sessions = List.of(s("2025-02-01", "lumbar-sacral", Optional.empty()),
                s("2025-03-01", "lumbar-sacral", THERAPEUTIC));
        FamilyFrequencyResult diagnostic = FamilyFrequency.evaluate(family("facet"), "lumbar-sacral", DIAGNOSTIC,
                d("2025-06-01"), sessions);
        assertThat(diagnostic.priorSessions()).isEqualTo(1);
        assertThat(diagnostic.countedWithoutPurpose()).isEqualTo(1);
        FamilyFrequencyResult therapeutic = FamilyFrequency.evaluate(family("facet"), "lumbar-sacral", THERAPEUTIC,
                d("2025-06-01"), sessions);
        assertThat(therapeutic.priorSessions()).isEqualTo(2);
        assertThat(therapeutic.countedWithoutPurpose()).isEqualTo(1);
    }
}
