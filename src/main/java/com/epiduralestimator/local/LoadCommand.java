package com.epiduralestimator.local;

import com.epiduralestimator.Config;
import com.epiduralestimator.adapter.dynamodb.ScheduleLoader;
import com.epiduralestimator.application.ScheduleFeed;
import com.epiduralestimator.cmsdata.BundledSchedule;
import com.epiduralestimator.cmsdata.CmsFileException;
import com.epiduralestimator.cmsdata.CmsScheduleFiles;
import com.epiduralestimator.cmsdata.YearParameterOptions;
import com.epiduralestimator.domain.YearParameters;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code load}: the bundled fee schedule, or CMS's own files unchanged, into the DynamoDB fee table. */
final class LoadCommand implements Command {
    private final PrintStream out;
    private final PrintStream err;

    LoadCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "  load   [--dynamodb-endpoint URL] [--create-tables]",
                "         loads the bundled fee schedule into FEE_TABLE; creates missing tables only on a loopback",
                "         endpoint or with --create-tables (deployed, the stack owns them); or, from CMS's files:",
                "  load   --year 2026 --rvu PPRRVU2026_Jul_nonQPP.csv --gpci GPCI2026.csv [--zip ZIP5_JAN2026.txt]",
                "         [--opps-cap OPPSCAP_Oct.csv] --part-b-deductible 283 --sequestration-rate 0.02",
                "         [--conversion-factor 33.4009] [--apm-conversion-factor 33.5675] [--part-a-deductible 1736]",
                "         [--opps-conversion-factor 91.415] [--asc-conversion-factor 56.322]",
                "         [--medigap-k-out-of-pocket-limit 8000] [--medigap-l-out-of-pocket-limit 4000]",
                "         [--medigap-high-deductible 2950] [--dynamodb-endpoint URL]",
                "         the year's parameters are data: CMS publishes them each November; the conversion factor",
                "         defaults to the RVU file's CONV FACTOR; --apm-conversion-factor is the second CF some years",
                "         have for qualifying APM participants");
    }

    @Override
    public CommandOptions.Spec spec() {
        List<String> valued = new ArrayList<>(List.of(CommandOptions.DYNAMODB_ENDPOINT, "--year", "--rvu", "--gpci",
                "--zip", "--opps-cap"));
        valued.addAll(YearParameterOptions.names());
        return new CommandOptions.Spec(valued, List.of(LoadTables.CREATE_TABLES));
    }

    @Override
    public int run(CommandOptions options) {
        Config config = Config.fromEnvironment();
        Optional<CmsScheduleFiles> cms = cmsFiles(options);
        long started = System.nanoTime();
        Optional<DynamoDbClient> opened = new LoadTables(err).open(options, config);
        if (opened.isEmpty()) {
            return 1;
        }
        DynamoDbClient client = opened.get();
        ScheduleLoader loader = new ScheduleLoader(client, config.feeTable());
        boolean terminal = System.console() != null;
        int items = 0;
        List<Integer> years = new ArrayList<>();
        List<ScheduleFeed> feeds = new ArrayList<>();
        if (cms.isPresent()) {
            feeds.add(cms.get());
        } else {
            BundledSchedule.loadAll().forEach(data -> feeds.add(data.feed()));
        }
        for (ScheduleFeed feed : feeds) {
            long total = cms.isPresent() ? dataLines(Path.of(options.value("--rvu", ""))) : 0;
            LoadProgress progress = new LoadProgress(err, terminal, "CY" + feed.year(), total);
            ScheduleLoader.Result result;
            try {
                result = loader.load(feed, cms.isPresent() ? progress : ScheduleLoader.Listener.NONE);
            } catch (CmsFileException e) {
                progress.finish();
                err.println("error: " + e.getMessage());
                err.println("nothing of this load is visible: the CY" + feed.year() + " answers are unchanged");
                return 1;
            }
            if (cms.isPresent()) {
                progress.finish();
            }
            items += result.itemsWritten();
            years.add(feed.year());
            YearParameters y = result.year();
            out.println("loaded CY" + feed.year() + " (slot " + result.slot() + "): " + result.codes() + " codes, "
                    + result.rows() + " RVU rows, " + result.localities() + " localities, " + result.zips()
                    + " ZIP codes; conversion factor " + y.conversionFactor().toPlainString()
                    + y.apmConversionFactor().map(cf -> " (qualifying APM " + cf.toPlainString() + ")")
                            .orElse(""));
            StringBuilder parameters = new StringBuilder("  parameters:");
            y.known().forEach((p, v) -> parameters.append(' ').append(p.key()).append('=').append(v.toPlainString()));
            out.println(parameters);
            if (feed instanceof CmsScheduleFiles files) {
                if (files.capsRead() > 0) {
                    out.println("  OPPS caps: " + files.capsRead() + " rows read, " + files.capsUnmatched()
                            + " for codes the RVU file lacks (ignored)");
                }
                files.zipYearQuarter().filter(q -> !q.startsWith(Integer.toString(feed.year()))).ifPresent(q ->
                        err.println("warning: the ZIP file is for " + q.substring(0, 4) + " Q" + q.substring(4)
                                + ", loaded into CY" + feed.year()));
            }
        }
        if (cms.isEmpty()) {
            // The bundled facility (OPPS/ASC) data goes with the bundled schedule; load-facility loads CMS's files.
            for (com.epiduralestimator.application.FacilityData data
                    : com.epiduralestimator.cmsdata.BundledFacility.loadAll()) {
                items += new com.epiduralestimator.adapter.dynamodb.FacilityLoader(client, config.feeTable())
                        .load(data).itemsWritten();
                out.println("loaded facility CY" + data.year() + ": " + data.rates().size() + " codes, "
                        + data.areas().size() + " wage areas");
            }
        }
        out.printf(Locale.ROOT, "done: tables %s and %s, years %s, %d items written in %.1f s%n", config.feeTable(),
                config.sessionTable(), years, items, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** The CMS files named on the command line, or empty for the bundled schedule. */
    private static Optional<CmsScheduleFiles> cmsFiles(CommandOptions options) {
        List<String> cmsOptions = new ArrayList<>(List.of("--year", "--rvu", "--gpci", "--zip", "--opps-cap"));
        cmsOptions.addAll(YearParameterOptions.names());
        if (cmsOptions.stream().noneMatch(options.named()::containsKey)) {
            return Optional.empty();
        }
        for (String required : List.of("--year", "--rvu", "--gpci")) {
            if (!options.named().containsKey(required)) {
                throw new IllegalArgumentException("loading CMS files needs --year, --rvu and --gpci (missing "
                        + required + ")");
            }
        }
        List<String> missing = YearParameterOptions.missingRequired(options.named());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("loading a year needs its parameters: missing "
                    + String.join(", ", missing) + " (CMS publishes them each November)");
        }
        int year;
        try {
            year = Integer.parseInt(options.value("--year", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--year must be a year such as 2025");
        }
        if (year < 1992 || year > 2100) {
            throw new IllegalArgumentException("--year must be a year such as 2025");
        }
        YearParameters.Builder parameters = YearParameterOptions.parse(year, options.named());
        return Optional.of(new CmsScheduleFiles(year, options.file("--rvu").orElseThrow(),
                options.file("--gpci").orElseThrow(), options.file("--zip"), options.file("--opps-cap"),
                parameters));
    }

    /** About how many data rows the RVU file has (its lines; the ~10 header lines hardly matter for an ETA). */
    private static long dataLines(Path rvu) {
        try (var lines = Files.lines(rvu, StandardCharsets.ISO_8859_1)) {
            return Math.max(1, lines.count() - 10);
        } catch (IOException | java.io.UncheckedIOException e) {
            return 1;
        }
    }
}
