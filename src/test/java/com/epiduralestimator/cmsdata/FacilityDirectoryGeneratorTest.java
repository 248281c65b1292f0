package com.epiduralestimator.cmsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.application.DirectoryData;
import com.epiduralestimator.application.FacilityDirectory;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.DirectoryFacility;
import com.epiduralestimator.domain.FacilityKind;
import com.epiduralestimator.domain.FacilityPlace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The directory's generator on excerpts of the real files (src/test/resources/directory-excerpt), and the bundled
 * directory against the README's checked ZIPs: ZIP → the county with the largest share of its addresses → the
 * metropolitan division, else the metropolitan CBSA, else the state's 2-digit rural code.
 */
class FacilityDirectoryGeneratorTest {
    private static final Path EXCERPT = Path.of("src/test/resources/directory-excerpt");

    @Test
    void generatesTheDirectoryFromTheSourcesAndRecordsTheirSha256(@TempDir Path out) {
        FacilityDirectoryGenerator.generate(EXCERPT, EXCERPT.resolve("OPPS_cbsa_wage_index_2026.csv"), out);
        DirectoryData data = BundledDirectory.load(out.resolve(BundledDirectory.ROOT));
        Map<String, FacilityPlace> p = data.places();
        // Essex County NJ (34013) is in the New York MSA 35620 but CMS pays by its division, Newark 35084
        assertThat(p.get("07103")).isEqualTo(new FacilityPlace("07103", "34013", "NJ", "35084", true));
        // 07112: 98.25% of its addresses in Essex, 1.75% in Hudson: Essex, and not the whole ZIP
        assertThat(p.get("07112")).isEqualTo(new FacilityPlace("07112", "34013", "NJ", "35084", false));
        assertThat(p.get("78701").area()).isEqualTo("12420");
        // Bullock County AL (01011) is in no CBSA: rural Alabama, CMS code 01 (the wage table's ALABAMA row)
        assertThat(p.get("36089")).isEqualTo(new FacilityPlace("36089", "01011", "AL", "01", false));
        // American Samoa has no CMS rural wage area: its ZIP is left out, never guessed
        assertThat(p).doesNotContainKey("96799");

        Map<String, DirectoryFacility> f = data.facilities().stream()
                .collect(Collectors.toMap(DirectoryFacility::ccn, x -> x));
        assertThat(f.get("450124").kind()).isEqualTo(FacilityKind.ACUTE_CARE);
        assertThat(f.get("011300").kind()).isEqualTo(FacilityKind.CRITICAL_ACCESS);
        assertThat(f.get("010779").kind()).isEqualTo(FacilityKind.RURAL_EMERGENCY);
        // the ASC file lists each facility once per reporting period, and loses the ZIP's leading zero
        assertThat(data.facilities()).filteredOn(x -> x.kind() == FacilityKind.ASC).hasSize(2);
        assertThat(f.get("22C0001007").zip()).contains("02747");
        assertThat(f.get("05C0001831")).isEqualTo(new DirectoryFacility("05C0001831",
                "THE SURGERY CENTER AT NORTHBAY VACA VALLEY", "VACAVILLE", "CA", Optional.of("95687"),
                FacilityKind.ASC));

        assertThat(data.sources()).extracting(ScheduleSource::file).containsExactlyInAnyOrder(
                "ASC_Facility.csv", "CBSA_county_list1_2023.csv", "Hospital_General_Information.csv",
                "OPPS_cbsa_wage_index_2026.csv", "ZIP_COUNTY_032023.csv");
        assertThat(data.sources()).allSatisfy(s -> assertThat(s.sha256())
                .isEqualTo(FileDigest.sha256(EXCERPT.resolve(s.file()))));
    }

    @Test
    void noQualityColumnsAndNoDescriptorTextAreShipped(@TempDir Path out) throws Exception {
        FacilityDirectoryGenerator.generate(EXCERPT, EXCERPT.resolve("OPPS_cbsa_wage_index_2026.csv"), out);
        String facilities = Files.readString(out.resolve("directory/facilities.csv"));
        assertThat(facilities.lines().findFirst()).contains("ccn,kind,name,city,state,zip");
        assertThat(facilities).doesNotContain("No Different Than the National Rate").doesNotContain("(334)");
    }

    @Test
    void anUnknownHospitalTypeNamesTheFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("Hospital_General_Information.csv");
        Files.writeString(bad, "\"Facility ID\",\"Facility Name\",\"City/Town\",\"State\",\"ZIP Code\","
                + "\"Hospital Type\"\n999999,X,Y,TX,78701,Spaceport\n");
        assertThatThrownBy(() -> DirectorySources.hospitals(bad)).isInstanceOf(CmsFileException.class)
                .hasMessageContaining("line 2").hasMessageContaining("Hospital Type");
    }

    @ParameterizedTest(name = "{0} → county {1} → area {2}")
    @CsvSource({
            "78701, 48453, 12420", // Austin
            "07102, 34013, 35084", // Newark, not New York 35620
            "94103, 06075, 41884", // San Francisco division
            "10016, 36061, 35614", // Manhattan division
            "60611, 17031, 16984", // Chicago division
            "98101, 53033, 42644", // Seattle division
            "85001, 04013, 38060", // Phoenix
            "43201, 39049, 18140"  // Columbus
    })
    void theBundledDirectoryGivesTheReadmesCheckedAreas(String zip, String county, String area) {
        FacilityPlace place = BUNDLED.place(zip).orElseThrow();
        assertThat(place.county()).isEqualTo(county);
        assertThat(place.area()).isEqualTo(area);
    }

    @Test
    void theBundledDirectoryHasEveryHospitalAndAscOnce() {
        // 5,421 hospitals; 5,518 distinct ASC CCNs (facility-directory README)
        assertThat(BUNDLED.size()).isEqualTo(5_421 + 5_518);
        assertThat(BUNDLED.facility("010001").orElseThrow().name()).isEqualTo("SOUTHEAST HEALTH MEDICAL CENTER");
        assertThat(BUNDLED.facility("210002").orElseThrow().maryland()).isTrue();
    }

    private static final FacilityDirectory BUNDLED = new FacilityDirectory(BundledDirectory.load());
}
