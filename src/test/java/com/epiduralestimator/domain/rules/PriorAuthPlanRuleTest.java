package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.domain.AdvantagePlan;
import com.epiduralestimator.domain.Assignment;
import com.epiduralestimator.domain.CostSharing;
import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FindingKind;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.ImagingGuidance;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.PriorAuthorization;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.Severity;
import com.epiduralestimator.application.SupportingDiagnosesResource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PRIOR-AUTH-PLAN for a Medicare Advantage member, and the traditional-Medicare programs (WISeR) left out for them:
 * judged by the whole list of {@link CoverageChecks}, in a WISeR state (TX) from 2026.
 */
class PriorAuthPlanRuleTest {
    private static final CoverageChecks CHECKS = new CoverageChecks(SupportingDiagnosesResource.load(),
            new com.epiduralestimator.application.ClaimEditsCatalog(new com.epiduralestimator.cmsdata.BundledEdits(),
                    com.epiduralestimator.application.EditSource.NONE));

    @ParameterizedTest(name = "{0} {1}, plan {2} → {3}")
    @CsvSource({
            "2026-03-01, 62321, none,         PRIOR-AUTH-WISER",
            "2026-03-01, 62321, unknown,      PRIOR-AUTH-PLAN",
            "2026-03-01, 62321, not-obtained, PRIOR-AUTH-PLAN",
            "2026-03-01, 62321, obtained,     none",
            "2025-06-01, 64483, unknown,      PRIOR-AUTH-PLAN",
            "2025-06-01, 64483, none,         none",
            "2026-03-01, 62282, unknown,      none",
            "2026-03-01, 62282, none,         none"})
    void aPlanMemberGetsThePlansPriorAuthorizationNeverWiser(String date, String code, String plan,
                                                             String expected) {
        ProcedureCode catalog = ProcedureCatalog.find(new HcpcsCode(code)).orElseThrow();
        Optional<AdvantagePlan> advantage = plan.equals("none") ? Optional.empty()
                : Optional.of(new AdvantagePlan(CostSharing.copayOf(dollars("40")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                PriorAuthorization.valueOf(plan.toUpperCase(java.util.Locale.ROOT).replace('-', '_'))));
        EstimateInput input = new EstimateInput(LocalDate.parse(date), Setting.NON_FACILITY,
                List.of(new SessionLine(new HcpcsCode(code), 1, List.of())), Optional.empty(),
                Optional.of(ImagingGuidance.FLUOROSCOPY), false, Optional.empty(), Optional.empty(), List.of(),
                Participation.PARTICIPATING, Optional.empty(), Documentation.NONE, Assignment.ACCEPTED, advantage);
        List<Finding> findings = CHECKS.check(input, catalog.region(), List.of(catalog), List.of(),
                Optional.empty(), Optional.of("TX")).stream()
                .filter(f -> f.code().startsWith("PRIOR-AUTH")).toList();
        if (expected.equals("none")) {
            assertThat(findings).isEmpty();
            return;
        }
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(expected);
            assertThat(f.kind()).isEqualTo(FindingKind.COVERAGE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        // judged again for a facility's state (checkPlaceOfService): WISeR stays out for a plan's member
        List<String> again = CHECKS.checkPlaceOfService(input, catalog.region(), List.of(catalog),
                Optional.of("NJ")).stream().map(Finding::code).toList();
        assertThat(again.contains("PRIOR-AUTH-WISER")).isEqualTo(advantage.isEmpty());
    }
}
