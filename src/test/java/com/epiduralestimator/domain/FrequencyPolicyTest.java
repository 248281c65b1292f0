package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrequencyPolicyTest {

    private static List<LocalDate> dates(String list) {
        return list.isBlank() ? List.of() : Arrays.stream(list.split(" ")).map(LocalDate::parse).toList();
    }

    @ParameterizedTest(name = "D={0} sessions=[{1}] → prior {2}, eligible {3}, next {4}")
    @CsvSource(delimiter = '|', value = {
            // D          | recorded sessions                                          | prior | eligible | next
            "2025-06-01 |                                                              | 0 | true  | ",
            "2025-06-01 | 2024-06-02 2024-09-01 2025-01-15                             | 3 | true  | ",
            // the window starts at D - 1 year + 1 day: 2024-06-01 is outside
            "2025-06-01 | 2024-06-01 2024-09-01 2025-01-15 2025-03-01                  | 3 | true  | ",
            "2025-06-01 | 2024-06-02 2024-09-01 2025-01-15 2025-03-01                  | 4 | false | 2025-06-02",
            // a session already recorded on D is this session; sessions after D do not count for D
            "2025-06-01 | 2024-09-01 2025-01-15 2025-03-01 2025-06-01 2025-07-01       | 3 | true  | ",
            // next eligible: the day the earliest prior leaves the window
            "2025-06-01 | 2024-07-01 2024-09-01 2024-12-01 2025-03-01                  | 4 | false | 2025-07-01",
            // ... unless a session recorded after D keeps the count at 4 longer
            "2025-06-01 | 2024-07-01 2024-09-01 2024-12-01 2025-03-01 2025-06-20       | 4 | false | 2025-09-01",
            // 29 February: minusYears(1) clamps 2025-02-28 to 2024-02-28, so 2024-02-29 is still inside then
            "2025-01-15 | 2024-02-29 2024-05-01 2024-08-01 2024-11-01                  | 4 | false | 2025-03-01",
            // D on 29 February: window 2023-03-01 .. 2024-02-28
            "2024-02-29 | 2023-02-28 2023-03-01 2023-06-01 2023-09-01                  | 3 | true  | ",
            "2024-02-29 | 2023-03-01 2023-06-01 2023-09-01 2024-02-28                  | 4 | false | 2024-03-01",
            // several sessions on one date are one session
            "2025-06-01 | 2024-07-01 2024-07-01 2024-09-01 2024-12-01                  | 3 | true  | ",
            // more than four: eligible only once two have left the window
            "2025-06-01 | 2024-06-10 2024-07-01 2024-09-01 2024-12-01 2025-03-01       | 5 | false | 2025-07-01"})
    void capOfFourSessionsInARolling12Months(String d, String sessions, int prior, boolean eligible, String next) {
        FrequencyResult result = FrequencyPolicy.evaluate(LocalDate.parse(d), dates(sessions == null ? "" : sessions));
        assertThat(result.priorSessions()).isEqualTo(prior);
        assertThat(result.eligible()).isEqualTo(eligible);
        assertThat(result.nextEligibleDate()).isEqualTo(Optional.ofNullable(next).map(LocalDate::parse));
        assertThat(result.limit()).isEqualTo(4);
    }

    @Test
    void windowIsTheContractsExample() {
        FrequencyResult result = FrequencyPolicy.evaluate(LocalDate.parse("2025-06-01"),
                dates("2024-06-02 2024-09-01 2025-01-15"));
        assertThat(result.windowStart()).isEqualTo("2024-06-02");
        assertThat(result.windowEnd()).isEqualTo("2025-05-31");
        assertThat(result.remainingAfterThis()).isZero();
    }

    @Test
    void remainingAfterThisCountsTheProposedSession() {
        assertThat(FrequencyPolicy.evaluate(LocalDate.parse("2025-06-01"), List.of()).remainingAfterThis())
                .isEqualTo(3);
        assertThat(FrequencyPolicy.evaluate(LocalDate.parse("2025-06-01"), dates("2025-01-01")).remainingAfterThis())
                .isEqualTo(2);
    }

    @Test
    void nextEligibleDateReallyIsTheEarliestPassingDate() {
        // Brute force: for random histories, no date between D and nextEligibleDate passes, and that date does.
        java.util.Random random = new java.util.Random(62321);
        for (int run = 0; run < 500; run++) {
            LocalDate d = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
            List<LocalDate> sessions = new java.util.ArrayList<>();
            int n = 4 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                sessions.add(d.minusDays(random.nextInt(365)).plusDays(random.nextInt(120)));
            }
            FrequencyResult result = FrequencyPolicy.evaluate(d, sessions);
            if (result.eligible()) {
                continue;
            }
            LocalDate next = result.nextEligibleDate().orElseThrow();
            assertThat(FrequencyPolicy.evaluate(next, sessions).priorSessions()).isLessThanOrEqualTo(3);
            for (LocalDate e = d.plusDays(1); e.isBefore(next); e = e.plusDays(1)) {
                assertThat(FrequencyPolicy.evaluate(e, sessions).priorSessions()).isGreaterThan(3);
            }
        }
    }
}
