package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §5 assignment: the excess-charge states' warning, and not-accepted only for a non-participating practice. */
class UnassignedClaimsTest {
    private static Optional<Locality> place(String state) {
        return Optional.of(new Locality(new LocalityId("1320201"), state, "A LOCALITY", BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE));
    }

    @ParameterizedTest(name = "place of service in {0}: excess-charge warning {1}")
    @CsvSource({"CT, true", "MA, true", "MN, true", "NY, true", "OH, true", "PA, true", "RI, true", "VT, true",
            "CA, false", "TX, false", "NJ, false"})
    void excessChargeStatesWarnOnUnassignedClaims(String state, boolean warns) {
        List<Finding> findings = UnassignedClaims.findings(place(state));
        assertThat(findings).hasSize(warns ? 1 : 0);
        findings.forEach(f -> {
            assertThat(f.code()).isEqualTo("EXCESS-CHARGE-STATE");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.kind()).isEqualTo(FindingKind.PAYMENT);
            assertThat(f.message()).startsWith(state + " law");
        });
    }

    @Test
    void anUnknownPlaceGuessesNoState() {
        assertThat(UnassignedClaims.findings(Optional.empty())).isEmpty();
    }

    @Test
    void notAcceptedIsOnlyForANonParticipatingPractice() {
        assertThatThrownBy(() -> new EstimateInput(LocalDate.parse("2025-06-01"), Setting.FACILITY,
                List.of(new SessionLine(new HcpcsCode("62321"), 1, List.of())), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), List.of(), Participation.PARTICIPATING, Optional.empty(),
                Documentation.NONE, Assignment.NOT_ACCEPTED))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("assignment"));
    }
}
