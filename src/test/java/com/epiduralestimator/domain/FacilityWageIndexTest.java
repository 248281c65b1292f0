package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OPPS floors follow the hospital's state; the ASC index has none (figures from the CY2026 tables). */
class FacilityWageIndexTest {
    private static Optional<BigDecimal> d(String v) {
        return Optional.of(new BigDecimal(v));
    }

    private static final WageArea AUSTIN = new WageArea("12420", "Austin-Round Rock-San Marcos, TX", List.of("TX"),
            d("0.9229"), d("0.9660"));
    private static final WageArea WILMINGTON = new WageArea("48864", "Wilmington, DE-MD-NJ",
            List.of("DE", "MD", "NJ"), d("1.0697"), d("1.0500"));
    private static final WageArea TRENTON = new WageArea("45940", "Trenton-Princeton, NJ", List.of("NJ"),
            d("1.0100"), d("1.0100"));
    private static final Map<String, StateFloor> FLOORS = Map.of(
            "TX", new StateFloor("TX", d("0.9721"), Optional.empty()),
            "NJ", new StateFloor("NJ", Optional.empty(), d("1.1687")),
            "DE", new StateFloor("DE", d("1.0105"), Optional.empty()),
            "MD", new StateFloor("MD", d("0.8958"), Optional.empty()));

    @Test
    void austinHospitalTakesTheTexasRuralFloor() {
        // max(0.9229, 0.9721) = 0.9721
        var choice = FacilityWageIndex.choose(FacilityType.HOSPITAL_OUTPATIENT, AUSTIN, FLOORS, Optional.empty());
        assertThat(choice).hasValueSatisfying(c -> {
            assertThat(c.index()).isEqualByComparingTo("0.9721");
            assertThat(c.notes()).contains("TX rural floor 0.9721");
        });
    }

    @Test
    void anAreaListingNoStateTakesItsGeographicIndexAndNoFloor() {
        // no state to take a floor from: the geographic 0.8123 stands, and no state is guessed
        WageArea stateless = new WageArea("99999", "an area the table lists without a state", List.of(),
                d("0.8123"), d("0.8500"));
        var hospital = FacilityWageIndex.choose(FacilityType.HOSPITAL_OUTPATIENT, stateless, FLOORS, Optional.empty());
        assertThat(hospital).hasValueSatisfying(c -> {
            assertThat(c.index()).isEqualByComparingTo("0.8123");
            assertThat(c.state()).isEmpty();
            assertThat(c.notes()).containsExactly("geographic wage index 0.8123 (CBSA 99999)");
        });
        assertThat(FacilityWageIndex.choose(FacilityType.ASC, stateless, FLOORS, Optional.empty()).orElseThrow()
                .state()).isEmpty();
    }

    @Test
    void austinAscUsesTheAscIndexWithoutFloors() {
        var choice = FacilityWageIndex.choose(FacilityType.ASC, AUSTIN, FLOORS, Optional.empty());
        assertThat(choice.orElseThrow().index()).isEqualByComparingTo("0.9660");
    }

    @Test
    void newJerseyTakesItsImputedFloor() {
        // max(1.0100, no rural floor) then NJ imputed 1.1687
        var choice = FacilityWageIndex.choose(FacilityType.HOSPITAL_OUTPATIENT, TRENTON, FLOORS, Optional.empty());
        assertThat(choice.orElseThrow().index()).isEqualByComparingTo("1.1687");
    }

    @Test
    void aCbsaSpanningStatesTakesTheFloorsOfTheHospitalsState() {
        // Wilmington DE-MD-NJ geographic 1.0697: in NJ the imputed floor 1.1687; in MD the floor 0.8958 is lower
        assertThat(FacilityWageIndex.choose(FacilityType.HOSPITAL_OUTPATIENT, WILMINGTON, FLOORS, Optional.of("NJ"))
                .orElseThrow().index()).isEqualByComparingTo("1.1687");
        assertThat(FacilityWageIndex.choose(FacilityType.HOSPITAL_OUTPATIENT, WILMINGTON, FLOORS, Optional.of("MD"))
                .orElseThrow().index()).isEqualByComparingTo("1.0697");
        assertThatThrownBy(() -> FacilityWageIndex.choose(FacilityType.HOSPITAL_OUTPATIENT, WILMINGTON, FLOORS,
                Optional.empty())).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("spans DE, MD, NJ");
        assertThatThrownBy(() -> FacilityWageIndex.choose(FacilityType.HOSPITAL_OUTPATIENT, WILMINGTON, FLOORS,
                Optional.of("PA"))).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("not a state of CBSA 48864");
    }

    @Test
    void anAreaMissingFromTheTableHasNoIndex() {
        WageArea noAsc = new WageArea("31", "NEW JERSEY", List.of("NJ"), Optional.empty(), Optional.empty());
        assertThat(FacilityWageIndex.choose(FacilityType.ASC, noAsc, FLOORS, Optional.empty())).isEmpty();
        assertThat(FacilityWageIndex.choose(FacilityType.HOSPITAL_OUTPATIENT, noAsc, FLOORS, Optional.empty()))
                .isEmpty();
    }

    @Test
    void theImputedFloorIsOnlyTheAllUrbanStates() {
        // CY2026 pricer table: Puerto Rico has a rural floor (0.2382) and also lists an imputed value (0.3142);
        // a hand-made PR area at 0.3000 keeps its own index: PR is not all-urban
        WageArea pr = new WageArea("99999", "Hand-made, PR", List.of("PR"), d("0.3000"), Optional.empty());
        Map<String, StateFloor> floors = Map.of("PR", new StateFloor("PR", d("0.2382"), d("0.3142")));
        assertThat(FacilityWageIndex.choose(FacilityType.HOSPITAL_OUTPATIENT, pr, floors, Optional.empty())
                .orElseThrow().index()).isEqualByComparingTo("0.3000");
    }
}
