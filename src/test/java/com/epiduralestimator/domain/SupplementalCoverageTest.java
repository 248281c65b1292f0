package com.epiduralestimator.domain;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each plan's rule on one claim: allowed 103.83 with 50.00 of the deductible applied, coinsurance
 * 20% × 53.83 = 10.766 → 10.77, patientPays 60.77.
 */
class SupplementalCoverageTest {
    private static final Payment CLAIM = new Payment(dollars("103.83"), dollars("50.00"),
            dollars("10.77"), dollars("60.77"), dollars("43.06"), dollars("42.20"),
            Optional.empty());

    private static SupplementalCoverage plan(Supplemental plan) {
        return new SupplementalCoverage(plan, Optional.of(dollars("8000")), Optional.of(dollars("2950")));
    }

    @ParameterizedTest(name = "{0}: supplement {1}, patient {2}")
    @CsvSource(delimiter = '|', value = {
            "NONE         | 0.00  | 60.77",
            // A B D G M N: the coinsurance (10.77), not the deductible (50.00)
            "MEDIGAP_A    | 10.77 | 50.00",
            "MEDIGAP_B    | 10.77 | 50.00",
            "MEDIGAP_D    | 10.77 | 50.00",
            "MEDIGAP_G    | 10.77 | 50.00",
            "MEDIGAP_M    | 10.77 | 50.00",
            "MEDIGAP_N    | 10.77 | 50.00",
            // C, F: deductible and coinsurance
            "MEDIGAP_C    | 60.77 | 0.00",
            "MEDIGAP_F    | 60.77 | 0.00",
            // K: 50% of 10.77 = 5.385 → 5.39 (patient 50.00 + 5.38 = 55.38); L: 75% = 8.0775 → 8.08 (patient 52.69)
            "MEDIGAP_K    | 5.39  | 55.38",
            "MEDIGAP_L    | 8.08  | 52.69",
            // high-deductible, 2,950 remaining: nothing yet
            "MEDIGAP_F_HIGH | 0.00 | 60.77",
            "MEDIGAP_G_HIGH | 0.00 | 60.77",
            // QMB: the patient owes nothing
            "MEDICAID_QMB | 60.77 | 0.00"})
    void eachPlansRule(Supplemental plan, String pays, String owes) {
        SupplementalCoverage.Share share = plan(plan).next(CLAIM, true);
        assertThat(share.supplementalPays()).isEqualByComparingTo(dollars(pays));
        assertThat(share.patientOwes()).isEqualByComparingTo(dollars(owes));
    }

    @Test
    void planKStopsAtItsOutOfPocketLimitAcrossClaimsButNeverPaysThePartBDeductible() {
        // 60.00 of room left: first claim the patient's own part is 50.00 + 5.38 = 55.38 (room → 4.62); the second
        // claim's own part 55.38 is cut to the room, but never below its deductible 50.00 (K and L pay 100% only
        // once the out-of-pocket limit AND the Part B deductible are met): the plan pays the coinsurance 10.77
        SupplementalCoverage k = new SupplementalCoverage(Supplemental.MEDIGAP_K, Optional.of(dollars("60")),
                Optional.empty());
        assertThat(k.next(CLAIM, true).patientOwes()).isEqualByComparingTo(dollars("55.38"));
        SupplementalCoverage.Share second = k.next(CLAIM, true);
        assertThat(second.patientOwes()).isEqualByComparingTo(dollars("50.00"));
        assertThat(second.supplementalPays()).isEqualByComparingTo(dollars("10.77"));
        assertThat(k.next(CLAIM, true).patientOwes()).isEqualByComparingTo(dollars("50.00"));
    }

    @ParameterizedTest(name = "{0} with 10.00 of room: the patient still owes the whole deductible 276.56")
    @CsvSource({"MEDIGAP_K", "MEDIGAP_L"})
    void kAndLLeaveTheDeductibleWithThePatientWhenTheRoomIsSmallerThanIt(Supplemental plan) {
        // 62321 CY2026 national non-facility 276.56, 283 of the deductible left: all of it is deductible, no
        // coinsurance; medicare-rules §5: only C and F pay the Part B deductible (a reviewer saw K pay 266.56)
        Payment allDeductible = new Payment(dollars("276.56"), dollars("276.56"), Money.ZERO,
                dollars("276.56"), Money.ZERO, Money.ZERO, Optional.empty());
        SupplementalCoverage.Share share = new SupplementalCoverage(plan, Optional.of(dollars("10")),
                Optional.empty()).next(allDeductible, true);
        assertThat(share.supplementalPays()).isEqualByComparingTo(dollars("0.00"));
        assertThat(share.patientOwes()).isEqualByComparingTo(dollars("276.56"));
    }

    @Test
    void highDeductibleFPaysOnceItsDeductibleIsMet() {
        // 70.00 of the plan deductible left: claim 1 the patient pays all 60.77 (left 9.23); claim 2 the patient
        // pays 9.23 and the plan 60.77 − 9.23 = 51.54; claim 3 the plan pays it all
        SupplementalCoverage f = new SupplementalCoverage(Supplemental.MEDIGAP_F_HIGH, Optional.empty(),
                Optional.of(dollars("70")));
        assertThat(f.next(CLAIM, true).patientOwes()).isEqualByComparingTo(dollars("60.77"));
        SupplementalCoverage.Share second = f.next(CLAIM, true);
        assertThat(second.patientOwes()).isEqualByComparingTo(dollars("9.23"));
        assertThat(second.supplementalPays()).isEqualByComparingTo(dollars("51.54"));
        assertThat(f.next(CLAIM, true).supplementalPays()).isEqualByComparingTo(dollars("60.77"));
    }

    @Test
    void highDeductibleGNeverPaysThePartBDeductibleButItCountsTowardThePlans() {
        // 55.00 left: the 50.00 Part B deductible is the patient's and counts (5.00 left); of the 10.77
        // coinsurance the patient pays 5.00 and the plan 5.77; afterwards the plan pays the coinsurance only
        SupplementalCoverage g = new SupplementalCoverage(Supplemental.MEDIGAP_G_HIGH, Optional.empty(),
                Optional.of(dollars("55")));
        SupplementalCoverage.Share first = g.next(CLAIM, true);
        assertThat(first.patientOwes()).isEqualByComparingTo(dollars("55.00"));
        assertThat(first.supplementalPays()).isEqualByComparingTo(dollars("5.77"));
        SupplementalCoverage.Share second = g.next(CLAIM, true);
        assertThat(second.patientOwes()).isEqualByComparingTo(dollars("50.00"));
        assertThat(second.supplementalPays()).isEqualByComparingTo(dollars("10.77"));
    }

    @Test
    void noSupplementPaysForAClaimMedicareDoesNotCover() {
        Payment notCovered = new Payment(dollars("103.83"), Money.ZERO, Money.ZERO, dollars("103.83"),
                Money.ZERO, Money.ZERO, Optional.empty());
        SupplementalCoverage.Share share = plan(Supplemental.MEDIGAP_F).next(notCovered, false);
        assertThat(share.supplementalPays()).isEqualByComparingTo(dollars("0"));
        assertThat(share.patientOwes()).isEqualByComparingTo(dollars("103.83"));
    }

    @Test
    void fAndGPayTheExcessChargeOfAnUnassignedClaim() {
        // medicare-rules section 5: 62321 CY2025 national non-facility, deductible met, assignment not accepted:
        // allowed (95%) 238.46, coinsurance 20% = 47.692 → 47.69, Medicare 190.77 paid to the patient × 0.98 =
        // 186.95; the patient pays the practice the limiting charge 274.23: net 274.23 − 186.95 = 87.28;
        // excess charge 274.23 − 238.46 = 35.77
        Payment unassigned = new Payment(dollars("238.46"), Money.ZERO, dollars("47.69"),
                dollars("87.28"), dollars("190.77"), dollars("186.95"),
                Optional.of(dollars("274.23")), Optional.of(new Payment.Unassigned(dollars("274.23"),
                        dollars("186.95"))));
        // G: 47.69 + 35.77 = 83.46; the patient keeps only the sequestered 190.77 − 186.95 = 3.82
        SupplementalCoverage.Share g = plan(Supplemental.MEDIGAP_G).next(unassigned, true);
        assertThat(g.supplementalPays()).isEqualByComparingTo(dollars("83.46"));
        assertThat(g.patientOwes()).isEqualByComparingTo(dollars("3.82"));
        assertThat(plan(Supplemental.MEDIGAP_F).next(unassigned, true).supplementalPays())
                .isEqualByComparingTo(dollars("83.46"));
        // N pays the coinsurance only: 87.28 − 47.69 = 39.59
        assertThat(plan(Supplemental.MEDIGAP_N).next(unassigned, true).patientOwes()).isEqualByComparingTo(dollars("39.59"));
    }
}
