package com.epiduralestimator.domain;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A Medicare Advantage claim split by hand (medicare-rules.md section 8): each row's money worked in its comment. */
class AdvantageSplitTest {
    private static CostSharing sharing(String s) {
        return s.startsWith("$") ? CostSharing.copayOf(dollars(s.substring(1)))
                : CostSharing.coinsuranceOf(Percent.of(s.replace("%", "")));
    }

    @ParameterizedTest(name = "{0} at {1}, {2}, deductible {3}, MOOP {4} → member {7}, plan {8}")
    @CsvSource({
            // copay: 276.56, member 40.00, plan 236.56
            "276.56, 100,   $40, 0,      '',     0,      0,      40.00,  236.56",
            // contracted 95%: 276.56 × 0.95 = 262.732 → 262.73; 20% = 52.546 → 52.55; plan 210.18
            "276.56, 95,    20%, 0,      '',     0,      52.55,  52.55,  210.18",
            // MOOP reached: nothing; MOOP 25: 25.00 of the 40 copay
            "276.56, 100,   $40, 0,      0,      0,      0,      0,      276.56",
            "276.56, 100,   $40, 0,      25,     0,      0,      25.00,  251.56",
            // deductible 100 first, then 20% × 176.56 = 35.312 → 35.31; member 135.31, plan 141.25
            "276.56, 100,   20%, 100,    '',     100.00, 35.31,  135.31, 141.25",
            // deductible larger than the claim: all 95.53 is deductible, no copay left to charge
            "95.53,  100,   $40, 150,    '',     95.53,  0,      95.53,  0",
            // a copay above the allowed amount is the allowed amount
            "30.00,  100,   $40, 0,      '',     0,      0,      30.00,  0",
            // deductible 100 + copay 40 = 140, MOOP 120: the deductible's part first (100) then 20 of the copay
            "276.56, 100,   $40, 100,    120,    100.00, 0,      120.00, 156.56",
            // MOOP 60 below the deductible: 60 of the deductible, nothing of the coinsurance
            "276.56, 100,   20%, 100,    60,     60.00,  0,      60.00,  216.56",
            // $0 physician copay: the plan pays all of 95.53
            "95.53,  100,   $0,  0,      '',     0,      0,      0,      95.53"})
    void oneClaim(String medicare, String percent, String sharing, String deductible, String moop,
                  String deductibleApplied, String coinsurance, String member, String plan) {
        AdvantageSplit split = new AdvantageSplit(dollars(deductible),
                moop.isEmpty() ? Optional.empty() : Optional.of(dollars(moop)));
        AdvantageSplit.Claim c = split.claim(dollars(medicare), Percent.of(percent), sharing(sharing), true);
        assertThat(c.payment().deductibleApplied()).isEqualByComparingTo(dollars(deductibleApplied));
        assertThat(c.payment().coinsurance()).isEqualByComparingTo(dollars(coinsurance));
        assertThat(c.payment().patientPays()).isEqualByComparingTo(dollars(member));
        assertThat(c.planPays()).isEqualByComparingTo(dollars(plan));
        assertThat(c.payment().medicarePays()).isEqualByComparingTo(Money.ZERO);
        assertThat(AdvantageSplit.planPaysOf(c.payment(), true)).isEqualByComparingTo(c.planPays());
        assertThat(AdvantageSplit.copayOf(c.payment(), sharing(sharing), true)).isEqualByComparingTo(c.copay());
    }

    @ParameterizedTest(name = "62323 + J3300 at {0}, {1}, deductible {2}, MOOP {3} → member {6}, plan {7}")
    @CsvSource({
            // 273.22 + 979.92 = 1253.14; 20% × 273.22 = 54.644 → 54.64 + 3.892% × 979.92 = 38.1385 → 38.14 = 92.78
            "100,  20%,  0,   '',  0,      92.78, 92.78,  1160.36",
            // MOOP 50 to go: 50.00 of the 92.78
            "100,  20%,  0,   50,  0,      50.00, 50.00,  1203.14",
            // contracted 95%: 1253.14 × 0.95 = 1190.483 → 1190.48; J3300 979.92 × 0.95 = 930.924 → 930.92, the rest
            // 259.56; 20% × 259.56 = 51.912 → 51.91 + 3.892% × 930.92 = 36.2314 → 36.23 = 88.14; plan 1102.34
            "95,   20%,  0,   '',  0,      88.14, 88.14,  1102.34",
            // deductible 300: 273.22 from 62323, 26.78 from J3300; 10% × 0 + 3.892% × 953.14 = 37.0962 → 37.10
            "100,  10%,  300, '',  300.00, 37.10, 337.10, 916.04",
            // 2% is below 3.892%: 2% of it all, 25.0628 → 25.06
            "100,  2%,   0,   '',  0,      25.06, 25.06,  1228.08",
            // a copay needs no adjustment (42 CFR 422.100)
            "100,  $40,  0,   '',  0,      0,     40.00,  1213.14"})
    void aRebatableDrugAtMostTheAspFilesPercentage(String percent, String sharing, String deductible, String moop,
                                                   String deductibleApplied, String coinsurance, String member,
                                                   String plan) {
        AdvantageSplit split = new AdvantageSplit(dollars(deductible),
                moop.isEmpty() ? Optional.empty() : Optional.of(dollars(moop)));
        AdvantageSplit.Claim c = split.claim(List.of(dollars("273.22"), dollars("979.92")),
                List.of(PricedLine.COINSURANCE_PERCENT, Percent.of("3.892")), Percent.of(percent), sharing(sharing),
                true);
        assertThat(c.payment().deductibleApplied()).isEqualByComparingTo(dollars(deductibleApplied));
        assertThat(c.payment().coinsurance()).isEqualByComparingTo(dollars(coinsurance));
        assertThat(c.payment().patientPays()).isEqualByComparingTo(dollars(member));
        assertThat(c.planPays()).isEqualByComparingTo(dollars(plan));
        assertThat(AdvantageSplit.planPaysOf(c.payment(), true)).isEqualByComparingTo(c.planPays());
        assertThat(AdvantageSplit.copayOf(c.payment(), sharing(sharing), true)).isEqualByComparingTo(c.copay());
    }

    @Test
    void theNextClaimHasWhatIsLeftAndANotCoveredClaimCountsTowardNothing() {
        // deductible 150, MOOP 250: physician 95.53 all deductible → 54.47 and 154.47 left
        AdvantageSplit first = new AdvantageSplit(dollars("150"), Optional.of(dollars("250")));
        AdvantageSplit.Claim physician = first.claim(dollars("95.53"), AdvantagePlan.MEDICARE_RATE,
                sharing("20%"), true);
        AdvantageSplit next = first.after(physician.payment(), true);
        assertThat(next.deductibleLeft()).isEqualByComparingTo(dollars("54.47"));
        assertThat(next.outOfPocketLeft()).contains(dollars("154.47"));
        // hospital 721.17, copay 300: 54.47 + 300 = 354.47 capped at 154.47 → 54.47 + 100.00; plan 566.70
        AdvantageSplit.Claim hospital = next.claim(dollars("721.17"), AdvantagePlan.MEDICARE_RATE, sharing("$300"),
                true);
        assertThat(hospital.payment().patientPays()).isEqualByComparingTo(dollars("154.47"));
        assertThat(hospital.copay()).isEqualByComparingTo(dollars("100.00"));
        assertThat(hospital.planPays()).isEqualByComparingTo(dollars("566.70"));
        // not covered: the plan pays 0, the member would owe Medicare's 276.56 (as the lines not covered are shown),
        // not the contracted 95%
        AdvantageSplit.Claim denied = first.claim(dollars("276.56"), Percent.of("95"), sharing("$40"), false);
        assertThat(denied.payment().patientPays()).isEqualByComparingTo(dollars("276.56"));
        assertThat(denied.planPays()).isEqualByComparingTo(Money.ZERO);
        assertThat(first.after(denied.payment(), false)).isEqualTo(first);
    }

    @Test
    void costSharingIsACopayOrACoinsuranceNeverBoth() {
        assertThatThrownBy(() -> new CostSharing(Optional.of(dollars("40")), Optional.of(Percent.of("20"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CostSharing(Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sharing("$40").describe()).isEqualTo("a $40.00 copay");
        assertThat(sharing("20%").describe()).isEqualTo("20% coinsurance");
    }
}
