package com.epiduralestimator.cmsdata;

import com.epiduralestimator.domain.DirectoryFacility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives the facility directory shipped inside the project (issue 21), reproducibly, from the files of
 * {@code ../shared/data/facility-directory} and the OPPS wage index table (for the states' 2-digit rural codes):
 *
 * <pre>
 *   java -cp target/classes com.epiduralestimator.cmsdata.FacilityDirectoryGenerator \
 *       /work/shared/data/facility-directory \
 *       /work/shared/data/cms-facility/OPPS_cbsa_wage_index_2026.csv src/main/resources
 * </pre>
 *
 * It writes {@code directory/}: the facilities (CCN, kind, name, city, state, ZIP; none of CMS's quality columns),
 * each ZIP's county (the largest share of its addresses), each county's state and CMS wage-index area (the
 * metropolitan division, else the metropolitan CBSA, else the state's rural code) and the sources' sha256. The same
 * command on newer files writes a directory the service reads instead ({@code FACILITY_DIRECTORY}).
 */
public final class FacilityDirectoryGenerator {
    static final String HOSPITALS = "Hospital_General_Information.csv";
    static final String ASCS = "ASC_Facility.csv";
    static final String ZIP_COUNTY = "ZIP_COUNTY_032023.csv";
    static final String DELINEATION = "CBSA_county_list1_2023.csv";

    private FacilityDirectoryGenerator() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: FacilityDirectoryGenerator DIRECTORY_DIR OPPS_WAGE_INDEX_CSV"
                    + " OUT (hospitals, ASCs, ZIP-county and delineation files by the names in the README)");
        }
        generate(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])).forEach(f -> System.out.println("wrote " + f));
    }

    /** Writes {@code out/directory/}; the source files are found in {@code dir} by the names above. */
    public static List<Path> generate(Path dir, Path oppsWageIndex, Path out) {
        return generate(dir.resolve(HOSPITALS), dir.resolve(ASCS), dir.resolve(ZIP_COUNTY), dir.resolve(DELINEATION),
                oppsWageIndex, out.resolve(BundledDirectory.ROOT));
    }

    static List<Path> generate(Path hospitals, Path ascs, Path zipCounty, Path delineation, Path oppsWageIndex,
                               Path target) {
        List<DirectoryFacility> facilities = new ArrayList<>(DirectorySources.hospitals(hospitals));
        facilities.addAll(DirectorySources.ascs(ascs));
        Map<String, DirectorySources.ZipCounty> zips = DirectorySources.zipCounties(zipCounty);
        Map<String, DirectorySources.DelineatedCounty> counties = DirectorySources.delineation(delineation);
        Map<String, String> ruralCodes = ruralCodes(oppsWageIndex);
        Map<String, String> fipsStates = fipsStates(zips);

        StringBuilder f = new StringBuilder(BundledDirectory.FACILITIES_HEADER).append('\n');
        for (DirectoryFacility d : facilities) {
            f.append(String.join(",", d.ccn(), d.kind().name(), Csv.quote(d.name()), Csv.quote(d.city()), d.state(),
                    d.zip().orElse(""))).append('\n');
        }
        StringBuilder z = new StringBuilder(BundledDirectory.ZIPS_HEADER).append('\n');
        Map<String, String> areas = new TreeMap<>();
        TreeMap<String, Integer> skipped = new TreeMap<>();
        for (DirectorySources.ZipCounty zc : zips.values()) {
            String county = zc.county();
            String state = fipsStates.get(county.substring(0, 2));
            DirectorySources.DelineatedCounty d = counties.get(county);
            String area = d != null && d.metroArea().isPresent() ? d.metroArea().get() : ruralCodes.get(state);
            if (area == null) {
                // A territory CMS's wage index has no rural area for (the Virgin Islands, Guam, ...): no place.
                skipped.merge(state, 1, Integer::sum);
                continue;
            }
            z.append(zc.zip()).append(',').append(county).append(',').append(zc.whole() ? "1" : "0").append('\n');
            areas.put(county, state + "," + area);
        }
        if (!skipped.isEmpty()) {
            System.out.println("ZIPs left out, their county in no CMS wage index area, by state: " + skipped);
        }
        StringBuilder c = new StringBuilder(BundledDirectory.COUNTIES_HEADER).append('\n');
        areas.forEach((county, stateArea) -> c.append(county).append(',').append(stateArea).append('\n'));
        StringBuilder s = new StringBuilder("# derived by FacilityDirectoryGenerator; each source's file name and"
                + " sha256\n");
        for (Path p : List.of(hospitals, ascs, zipCounty, delineation, oppsWageIndex)) {
            String name = CmsLines.fileName(p);
            s.append("source.").append(name).append(".sha256=").append(FileDigest.sha256(p)).append('\n');
        }
        try {
            Files.createDirectories(target);
            return List.of(BundledFiles.write(target.resolve(BundledDirectory.FACILITIES), f.toString()),
                    BundledFiles.write(target.resolve(BundledDirectory.ZIPS), z.toString()),
                    BundledFiles.write(target.resolve(BundledDirectory.COUNTIES), c.toString()),
                    BundledFiles.write(target.resolve(BundledDirectory.SOURCES), s.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** State postal code → CMS's 2-digit rural code, from the wage index table's 2-digit rows (by the state's name). */
    static Map<String, String> ruralCodes(Path oppsWageIndex) {
        Map<String, String> codes = new HashMap<>();
        WageIndexFileReader.readOpps(oppsWageIndex).values().stream().filter(r -> r.cbsa().length() == 2)
                .forEach(r -> {
                    String state = FacilityDataBuilder.STATE_NAMES.get(r.name().strip());
                    if (state != null) {
                        codes.put(state, r.cbsa());
                    }
                });
        return codes;
    }

    /** FIPS state code → postal code: the state HUD names most often for the ZIPs of that FIPS state's counties. */
    static Map<String, String> fipsStates(Map<String, DirectorySources.ZipCounty> zips) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        zips.values().forEach(z -> votes.computeIfAbsent(z.county().substring(0, 2), k -> new HashMap<>())
                .merge(z.postalState(), 1, Integer::sum));
        Map<String, String> states = new HashMap<>();
        votes.forEach((fips, v) -> states.put(fips, v.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .orElseThrow().getKey()));
        return states;
    }
}
