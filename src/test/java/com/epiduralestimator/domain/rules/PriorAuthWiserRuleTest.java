package com.epiduralestimator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.domain.Assignment;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FindingKind;
import com.epiduralestimator.domain.ImagingGuidance;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Setting;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PRIOR-AUTH-WISER: dates, codes and the state of the place of service (national: the place is not known). */
class PriorAuthWiserRuleTest {
    private static final PriorAuthWiserRule RULE = new PriorAuthWiserRule();

    @ParameterizedTest(name = "{0} {1} in {2} → {3}")
    @CsvSource({
            "2026-01-15, 62321, TX,       warning",
            "2026-01-14, 62321, TX,       none",
            "2026-03-01, 62323, AZ,       warning",
            "2026-03-01, 64479, NJ,       warning",
            "2026-03-01, 64480, OH,       warning",
            "2026-03-01, 64483, OK,       warning",
            "2031-12-31, 64484, WA,       warning",
            "2032-01-01, 64483, WA,       none",
            "2026-03-01, 62321, CA,       none",
            "2026-03-01, 62321, PA,       none",
            "2026-03-01, 62321, national, info",
            "2025-06-01, 62321, national, none",
            "2025-06-01, 62321, TX,       none",
            "2026-03-01, 62320, AZ,       none",
            "2026-03-01, 62325, AZ,       none",
            "2026-03-01, 62282, TX,       none"})
    void esisInTheSixStatesFrom15January2026NeedPriorAuthorization(String date, String code, String state,
                                                                  String expected) {
        ProcedureCode catalog = ProcedureCatalog.find(new HcpcsCode(code)).orElseThrow();
        EstimateInput input = new EstimateInput(LocalDate.parse(date), Setting.FACILITY,
                List.of(new SessionLine(new HcpcsCode(code), 1, List.of())), Optional.empty(), Optional.of(ImagingGuidance.CT),
                false, Optional.empty(), Optional.empty(), List.of(), Participation.PARTICIPATING, Optional.empty(),
                Documentation.NONE, Assignment.ACCEPTED);
        Optional<String> place = state.equals("national") ? Optional.empty() : Optional.of(state);
        List<Finding> findings = RULE.evaluate(SessionReview.of(input, catalog.region(), List.of(catalog), List.of(),
                Optional.empty(), place));
        if (expected.equals("none")) {
            assertThat(findings).isEmpty();
            return;
        }
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("PRIOR-AUTH-WISER");
            assertThat(f.kind()).isEqualTo(FindingKind.COVERAGE);
            assertThat(f.severity().wireName()).isEqualTo(expected);
            assertThat(f.message()).contains("120 days");
            if (expected.equals("warning")) {
                assertThat(f.message()).contains("(" + state + ")").contains(PriorAuthWiserRule.STATES.get(state));
            } else {
                assertThat(f.message()).contains("Arizona", "New Jersey", "Ohio", "Oklahoma", "Texas", "Washington");
            }
            assertThat(f.makesNotCovered()).isFalse();
        });
    }
}
