package com.epiduralestimator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.TestSchedules;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: each claim coded as its payer wants it (medicare-rules.md sections 6 and 7, "The encounter";
 * docs/facility-rates.md, "Coding the facility's claim").
 */
class ClaimCodingTest {
    private static final Map<HcpcsCode, FeeRow> ROWS = Map.of(
            c("27096"), TestSchedules.row("27096", "1.44", "3.68", "0.63", "0.14", 2, 1),
            c("62321"), TestSchedules.row("62321", "1.80", "5.41", "0.75", "0.16", 2, 0),
            c("99213"), TestSchedules.row("99213", "1.30", "1.46", "0.33", "0.09", 0, 9));
    private static final Optional<FacilityType> HOSPITAL = Optional.of(FacilityType.HOSPITAL_OUTPATIENT);
    private static final Optional<FacilityType> ASC = Optional.of(FacilityType.ASC);

    private static HcpcsCode c(String code) {
        return new HcpcsCode(code);
    }

    /** "27096+50 J3300x40": code, units after x, modifiers after +. */
    private static List<SessionLine> lines(String spec) {
        return Arrays.stream(spec.trim().split(" +")).map(s -> {
            String[] parts = s.split("\\+");
            String[] codeUnits = parts[0].split("x");
            return new SessionLine(c(codeUnits[0]), codeUnits.length > 1 ? Integer.parseInt(codeUnits[1]) : 1,
                    Arrays.asList(parts).subList(1, parts.length));
        }).toList();
    }

    private static List<String> shown(List<SessionLine> lines) {
        return lines.stream().map(l -> l.code() + "x" + l.units() + String.join("", l.modifiers().stream()
                .map(m -> "-" + m).toList())).toList();
    }

    @Test
    void aSacroiliacInjectionIsG0260OnTheFacilitysClaimOneLineWith50InAHospitalRtAndLtInAnAsc() {
        CodedClaims hospital = ClaimCoding.code(lines("27096+RT 27096+LT"), ROWS, HOSPITAL);
        assertThat(shown(hospital.physician())).containsExactly("27096x1-50");
        assertThat(shown(hospital.facility())).containsExactly("G0260x1-50");
        assertThat(hospital.facilitySource()).containsExactly(0);
        CodedClaims asc = ClaimCoding.code(lines("27096+50"), ROWS, ASC);
        assertThat(shown(asc.physician())).containsExactly("27096x1-50");
        assertThat(shown(asc.facility())).containsExactly("G0260x1-RT", "G0260x1-LT");
        assertThat(asc.facilitySource()).containsExactly(0, 0);
    }

    @Test
    void aVisitIsTheHospitalsG0463WithItsModifierAndNoLineOnAnAscsClaim() {
        CodedClaims hospital = ClaimCoding.code(lines("62321 99213+25"), ROWS, HOSPITAL);
        assertThat(shown(hospital.physician())).containsExactly("62321x1", "99213x1-25");
        assertThat(shown(hospital.facility())).containsExactly("62321x1", "G0463x1-25");
        assertThat(hospital.facilitySource()).containsExactly(0, 1);
        CodedClaims asc = ClaimCoding.code(lines("62321 99213+25"), ROWS, ASC);
        assertThat(shown(asc.physician())).containsExactly("62321x1", "99213x1-25");
        assertThat(shown(asc.facility())).containsExactly("62321x1");
    }

    @Test
    void inAFacilityTheDrugIsOnTheFacilitysClaimOnlyAndImagingOnThePhysiciansOnly() {
        CodedClaims hospital = ClaimCoding.code(lines("62321 77003 J3300x40 J3301x4"), ROWS, HOSPITAL);
        assertThat(shown(hospital.physician())).containsExactly("62321x1", "77003x1");
        assertThat(shown(hospital.facility())).containsExactly("62321x1", "J3300x40", "J3301x4");
        assertThat(hospital.facilitySource()).containsExactly(0, -1, -1);
        // in an office there is no facility claim: the physician bills the drug
        CodedClaims office = ClaimCoding.code(lines("62321 J3300x40"), ROWS, Optional.empty());
        assertThat(shown(office.physician())).containsExactly("62321x1", "J3300x40");
        assertThat(office.facility()).isEmpty();
    }

    @Test
    void aLineNoPhysicianLineCodesTakesTheSessionsCoverage() {
        CodedClaims hospital = ClaimCoding.code(lines("62321"), lines("62321 64479"), ROWS, HOSPITAL);
        assertThat(shown(hospital.physician())).containsExactly("62321x1");
        assertThat(shown(hospital.facility())).containsExactly("62321x1", "64479x1");
        assertThat(hospital.facilitySource()).containsExactly(0, -1);
        assertThat(hospital.facilityCoverage(List.of(CoveredLine.covered(lines("62321").get(0)))))
                .extracting(CoveredLine::covered).containsExactly(true, true);
        assertThat(hospital.facilityCoverage(List.of(CoveredLine.notCovered(lines("62321").get(0), "FREQ-CAP"))))
                .extracting(l -> l.notCoveredBy().orElse("covered")).containsExactly("FREQ-CAP", "FREQ-CAP");
    }

    @Test
    void aLevelBeyondTheLimitKeepsItsOwnPhysicianLineOnTheFacilitysClaim() {
        // LEVELS: 64483 + 64484 × 2 is one primary and one add-on unit within the limit, the third level a line of
        // its own (equal to the second as a line): each facility line codes its own physician line, in order
        CodedClaims hospital = ClaimCoding.code(lines("64483 64484x2"), ROWS, HOSPITAL);
        assertThat(shown(hospital.physician())).containsExactly("64483x1", "64484x1", "64484x1");
        assertThat(hospital.facilitySource()).containsExactly(0, 1, 2);
        List<CoveredLine> coverage = List.of(CoveredLine.covered(hospital.physician().get(0)),
                CoveredLine.covered(hospital.physician().get(1)),
                CoveredLine.notCovered(hospital.physician().get(2), "LEVELS"));
        assertThat(hospital.facilityCoverage(coverage)).extracting(l -> l.notCoveredBy().orElse("covered"))
                .containsExactly("covered", "covered", "LEVELS");
    }

    @Test
    void clinicVisitsAndDrugsAreRecognisedByTheirCodes() {
        assertThat(FacilityCoding.clinicVisit(c("99202"))).isTrue();
        assertThat(FacilityCoding.clinicVisit(c("99215"))).isTrue();
        assertThat(FacilityCoding.clinicVisit(c("99201"))).isFalse(); // deleted in 2021
        assertThat(FacilityCoding.clinicVisit(c("99152"))).isFalse(); // sedation
        assertThat(FacilityCoding.drug(c("J1010"))).isTrue();
        assertThat(FacilityCoding.drug(c("G0260"))).isFalse();
    }
}
