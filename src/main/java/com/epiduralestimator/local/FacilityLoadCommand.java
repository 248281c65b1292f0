package com.epiduralestimator.local;

import com.epiduralestimator.Config;
import com.epiduralestimator.adapter.dynamodb.FacilityLoader;
import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.cmsdata.AscAddendumAaReader;
import com.epiduralestimator.cmsdata.BundledFacility;
import com.epiduralestimator.cmsdata.CmsFileException;
import com.epiduralestimator.cmsdata.FacilityDataBuilder;
import com.epiduralestimator.cmsdata.OppsRateFileReader;
import com.epiduralestimator.cmsdata.WageIndexFileReader;
import com.epiduralestimator.domain.FacilityType;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code load-facility}: the bundled CY2025/CY2026 facility data, or one year of CMS's facility files as CMS ships
 * them, into the fee table under the facility keys (docs/dynamodb.md). Either side may be loaded alone: the ASC
 * side needs Addendum AA and the ASC wage index; the hospital side the OPPS wage index and CMS's Addendum B (as
 * shipped or as converted to CSV), or the APC rates with a code → APC/status assignment file.
 */
final class FacilityLoadCommand implements Command {
    static final List<String> FILE_OPTIONS = List.of("--asc-addendum", "--asc-wage-index", "--opps-wage-index",
            "--opps-apc-rates", "--opps-assignments");
    private final PrintStream out;
    private final PrintStream err;

    FacilityLoadCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "load-facility";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "  load-facility [--dynamodb-endpoint URL]",
                "         loads the bundled CY2025 and CY2026 facility (OPPS and ASC) rates of every code, each quarter;",
                "         or,",
                "         from CMS's files as shipped (every code they list):",
                "  load-facility --year 2026 [--asc-addendum ASC_AddendumAA_20260401.csv --asc-wage-index",
                "         ASC_wage_index_CY2026.csv] [--opps-wage-index OPPS_cbsa_wage_index_2026.csv",
                "         [--opps-apc-rates OPPS_apc_rate_2026.csv] --opps-assignments",
                "         OPPS_addendum_B_2026_Apr_converted.csv] [--dynamodb-endpoint URL] [--create-tables]",
                "         --opps-assignments takes CMS's Addendum B (as shipped, or as converted: HCPCSCode,...,",
                "         StatusIndicator,PaymentRate; its APCs then come from --opps-apc-rates by rate) or a",
                "         hcpcs,status,apc,source file");
    }

    @Override
    public CommandOptions.Spec spec() {
        List<String> valued = new ArrayList<>(FILE_OPTIONS);
        valued.add("--year");
        valued.add(CommandOptions.DYNAMODB_ENDPOINT);
        return new CommandOptions.Spec(valued, List.of(LoadTables.CREATE_TABLES));
    }

    @Override
    public int run(CommandOptions options) {
        List<FacilityData> years;
        try {
            years = options.named().containsKey("--year") || FILE_OPTIONS.stream().anyMatch(options.named()::containsKey)
                    ? List.of(fromCmsFiles(options)) : BundledFacility.loadEveryCode();
        } catch (CmsFileException e) {
            err.println("error: " + e.getMessage());
            err.println("nothing was loaded");
            return 1;
        }
        Config config = Config.fromEnvironment();
        // Tables as load treats them: created only on a loopback endpoint or with --create-tables.
        Optional<DynamoDbClient> client = new LoadTables(err).open(options, config);
        if (client.isEmpty()) {
            return 1;
        }
        FacilityLoader loader = new FacilityLoader(client.get(), config.feeTable());
        for (FacilityData data : years) {
            FacilityLoader.Result result = loader.load(data);
            out.println("loaded facility CY" + data.year() + " (slot " + result.slot() + "): " + result.codes()
                    + " codes, " + result.areas() + " wage areas; types " + data.types().stream().sorted()
                    .map(FacilityType::wireName).collect(Collectors.joining(", ")));
            if (!result.catalogRecorded()) {
                err.println("warning: the CY" + data.year() + " fee schedule is not loaded, so GET /v1/schedules does"
                        + " not list these facility rates yet; estimates use them all the same");
            }
        }
        return 0;
    }

    static FacilityData fromCmsFiles(CommandOptions options) {
        String yearText = options.named().get("--year");
        if (yearText == null) {
            throw new IllegalArgumentException("loading CMS's facility files needs --year");
        }
        int year;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--year must be a year such as 2026");
        }
        Optional<Path> addendum = options.file("--asc-addendum");
        Optional<Path> ascWage = options.file("--asc-wage-index");
        Optional<Path> oppsWage = options.file("--opps-wage-index");
        Optional<Path> apcRates = options.file("--opps-apc-rates");
        Optional<Path> assignmentsFile = options.file("--opps-assignments");
        if (addendum.isPresent() != ascWage.isPresent()) {
            throw new IllegalArgumentException("the ASC side needs both --asc-addendum and --asc-wage-index");
        }
        boolean opps = oppsWage.isPresent() || apcRates.isPresent() || assignmentsFile.isPresent();
        if (opps && oppsWage.isEmpty()) {
            throw new IllegalArgumentException("the hospital side needs --opps-wage-index");
        }
        if (addendum.isEmpty() && !opps) {
            throw new IllegalArgumentException("give the ASC files, the OPPS files or both");
        }
        Optional<FacilityDataBuilder.Opps> oppsFiles = Optional.empty();
        if (opps) {
            Map<String, OppsRateFileReader.Assignment> assignments = assignmentsFile
                    .map(OppsRateFileReader::readAssignments)
                    .orElseThrow(() -> new IllegalArgumentException("the hospital side needs --opps-assignments:"
                            + " CMS's Addendum B (as CMS ships it or as converted to CSV) or a hcpcs,status,apc,source"
                            + " file"));
            // Addendum B gives the rates (and none for codes not paid at an OPPS rate); the project's file gives none
            boolean ratesInAssignments = assignments.values().stream().anyMatch(a -> a.rate().isPresent());
            if (apcRates.isEmpty() && !ratesInAssignments) {
                throw new IllegalArgumentException("the assignment has no payment rates: give --opps-apc-rates");
            }
            oppsFiles = Optional.of(new FacilityDataBuilder.Opps(assignments,
                    apcRates.map(OppsRateFileReader::readApcRates).orElse(Map.of()),
                    WageIndexFileReader.readOpps(oppsWage.get())));
        }
        Optional<FacilityDataBuilder.Asc> ascFiles = Optional.empty();
        if (addendum.isPresent()) {
            List<AscAddendumAaReader.Row> rows = new ArrayList<>();
            AscAddendumAaReader.read(addendum.get(), rows::add);
            ascFiles = Optional.of(new FacilityDataBuilder.Asc(rows, WageIndexFileReader.readAsc(ascWage.get())));
        }
        return FacilityDataBuilder.build(year, oppsFiles, ascFiles, code -> true);
    }
}
