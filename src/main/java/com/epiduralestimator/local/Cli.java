package com.epiduralestimator.local;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.adapter.dynamodb.DynamoClients;
import com.epiduralestimator.adapter.dynamodb.DynamoTables;
import com.epiduralestimator.adapter.dynamodb.ScheduleLoader;
import com.epiduralestimator.application.ScheduleFeed;
import com.epiduralestimator.cmsdata.BundledSchedule;
import com.epiduralestimator.cmsdata.CmsFileException;
import com.epiduralestimator.cmsdata.CmsScheduleFiles;
import com.epiduralestimator.domain.ScheduleYear;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The jar's command line: {@code serve}, {@code load} and {@code invoke}, with no AWS and no Docker by default.
 */
public final class Cli {
    static final String USAGE = String.join("\n",
            "usage: java -jar epidural-estimator.jar <command> [options]",
            "  serve  [--port 3000] [--tenant local] [--dynamodb-endpoint URL]",
            "         serves every route of template.yaml on 127.0.0.1; in memory with the bundled CY2025",
            "         schedule unless --dynamodb-endpoint is given",
            "  load   [--dynamodb-endpoint URL]",
            "         creates the tables if absent and loads the bundled fee schedule; or, from CMS's files unchanged:",
            "  load   --year 2025 --rvu PPRRVU2025_Oct.csv --gpci GPCI2025.csv [--zip ZIP5_OCT2025.txt]",
            "         [--opps-cap OPPSCAP_Oct.csv] [--conversion-factor 32.3465] [--apm-conversion-factor CF]",
            "         [--dynamodb-endpoint URL]",
            "         the conversion factor defaults to the RVU file's CONV FACTOR; --apm-conversion-factor is the",
            "         second CF some years have for qualifying APM participants (CY2026: 33.5675)",
            "  invoke <FunctionLogicalId> <event.json> [--dynamodb-endpoint URL]",
            "         runs one function on one API Gateway event, as `sam local invoke -e` does",
            "  import-sessions --file sessions.csv [--tenant local] [--dynamodb-endpoint URL]",
            "         records a practice's session history (CSV: patient_id,date_of_service,codes,performed_by)",
            "  migrate-sessions [--dynamodb-endpoint URL]",
            "         rewrites session items of the first table design into the per-patient shape (re-runnable)",
            "environment: FEE_TABLE, SESSION_TABLE, TENANT_CLAIM, PATIENT_KEY_SECRET, AWS_REGION");

    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws Exception {
        int status;
        try {
            status = new Cli(System.out, System.err).run(args);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            status = 2;
        }
        if (status >= 0) {
            System.exit(status);
        }
    }

    /** Runs a command; returns the exit status, or -1 when a server keeps running. */
    int run(String[] args) throws Exception {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        if (args[0].equals("import-sessions")) {
            return new ImportSessionsCommand(out, err).run(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        if (args[0].equals("migrate-sessions")) {
            return new MigrateSessionsCommand(out, err).run(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        switch (options.command()) {
            case "serve":
                serve(options);
                return -1;
            case "load":
                return load(options);
            case "invoke":
                return invoke(options);
            case "help":
            case "--help":
                out.println(USAGE);
                return 0;
            default:
                err.println("error: unknown command " + options.command());
                err.println(USAGE);
                return 2;
        }
    }

    private void serve(Options options) throws Exception {
        Config config = Config.fromEnvironment();
        LocalFunctions functions = new LocalFunctions(TemplateRoutes.fromClasspath(), services(config, options));
        LocalServer server = new LocalServer(functions, config.tenantClaim(), options.value("--tenant", "local"));
        int port = server.start(options.intValue("--port", 3000));
        err.println("JWT signatures are NOT verified locally: claims are read from the bearer token as sent;"
                + " without a token the tenant is '" + options.value("--tenant", "local") + "'.");
        for (TemplateRoutes.Route route : functions.routes().routes()) {
            out.println("  " + route.method() + " http://127.0.0.1:" + port + route.path() + "  -> "
                    + route.functionId());
        }
        out.println("Epidural Estimator listening on http://127.0.0.1:" + port + " (Ctrl-C stops it)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        stopped.await();
    }

    private int load(Options options) {
        Config config = Config.fromEnvironment();
        Optional<URI> endpoint = options.endpoint();
        Optional<CmsScheduleFiles> cms = cmsFiles(options);
        DynamoDbClient client = DynamoClients.create(endpoint);
        long started = System.nanoTime();
        new DynamoTables(client).createIfAbsent(new DynamoTables.Names(config.feeTable(), config.sessionTable()));
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
            ScheduleYear y = result.year();
            out.println("loaded CY" + feed.year() + " (slot " + result.slot() + "): " + result.codes() + " codes, "
                    + result.rows() + " RVU rows, " + result.localities() + " localities, " + result.zips()
                    + " ZIP codes; conversion factor " + y.conversionFactor().toPlainString()
                    + y.qualifyingApmConversionFactor().map(cf -> " (qualifying APM " + cf.toPlainString() + ")")
                            .orElse(""));
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
        out.printf(Locale.ROOT, "done: tables %s and %s, years %s, %d items written in %.1f s%n", config.feeTable(),
                config.sessionTable(), years, items, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** The CMS files named on the command line, or empty for the bundled schedule. */
    private static Optional<CmsScheduleFiles> cmsFiles(Options options) {
        List<String> cmsOptions = List.of("--year", "--rvu", "--gpci", "--zip", "--opps-cap", "--conversion-factor",
                "--apm-conversion-factor");
        if (cmsOptions.stream().noneMatch(options.named()::containsKey)) {
            return Optional.empty();
        }
        for (String required : List.of("--year", "--rvu", "--gpci")) {
            if (!options.named().containsKey(required)) {
                throw new IllegalArgumentException("loading CMS files needs --year, --rvu and --gpci (missing "
                        + required + ")");
            }
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
        return Optional.of(new CmsScheduleFiles(year, file(options, "--rvu").orElseThrow(),
                file(options, "--gpci").orElseThrow(), file(options, "--zip"), file(options, "--opps-cap"),
                conversionFactor(options, "--conversion-factor"), conversionFactor(options, "--apm-conversion-factor")));
    }

    private static Optional<Path> file(Options options, String name) {
        String value = options.named().get(name);
        if (value == null) {
            return Optional.empty();
        }
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(name + ": no such file " + value);
        }
        return Optional.of(path);
    }

    private static Optional<BigDecimal> conversionFactor(Options options, String name) {
        String value = options.named().get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            BigDecimal cf = new BigDecimal(value);
            if (cf.signum() > 0 && cf.compareTo(new BigDecimal("1000")) < 0) {
                return Optional.of(cf);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive dollar amount such as 32.3465");
    }

    /** About how many data rows the RVU file has (its lines; the ~10 header lines hardly matter for an ETA). */
    private static long dataLines(Path rvu) {
        try (var lines = Files.lines(rvu, StandardCharsets.ISO_8859_1)) {
            return Math.max(1, lines.count() - 10);
        } catch (IOException | java.io.UncheckedIOException e) {
            return 1;
        }
    }

    private int invoke(Options options) throws IOException {
        if (options.positional().size() != 2) {
            err.println("error: invoke takes <FunctionLogicalId> <event.json>");
            err.println(USAGE);
            return 2;
        }
        String functionId = options.positional().get(0);
        TemplateRoutes routes = TemplateRoutes.fromClasspath();
        if (routes.function(functionId).isEmpty()) {
            err.println("error: no function " + functionId + " in template.yaml; functions: "
                    + String.join(", ", routes.routes().stream().map(TemplateRoutes.Route::functionId).toList()));
            return 2;
        }
        byte[] event;
        try {
            event = Files.readAllBytes(Path.of(options.positional().get(1)));
        } catch (NoSuchFileException e) {
            err.println("error: no event file " + options.positional().get(1));
            return 2;
        }
        Config config = Config.fromEnvironment();
        LocalFunctions functions = new LocalFunctions(routes, services(config, options));
        byte[] response = functions.invoke(functionId, event, "local-invoke");
        out.println(new String(response, StandardCharsets.UTF_8));
        return 0;
    }

    private Services services(Config config, Options options) {
        byte[] secret = config.patientKeySecret().orElseGet(() -> {
            err.println("PATIENT_KEY_SECRET is not set: using the fixed development key. Local use only: it"
                    + " protects no real patient data.");
            return Config.DEVELOPMENT_PATIENT_KEY;
        });
        Clock clock = Clock.systemUTC();
        Optional<URI> endpoint = options.endpoint();
        if (endpoint.isPresent()) {
            err.println("Using DynamoDB at " + endpoint.get() + " (tables " + config.feeTable() + ", "
                    + config.sessionTable() + ")");
            return DependencyFactory.dynamo(config, DynamoClients.create(endpoint), Optional.of(secret), clock);
        }
        err.println("Using the embedded in-memory store, seeded with the bundled CY2025 fee schedule"
                + " (sessions are kept until the process ends).");
        return DependencyFactory.memory(config, BundledSchedule.loadAll(), secret, clock);
    }

    /** The command, its positional arguments and its --options. */
    record Options(String command, List<String> positional, Map<String, String> named) {
        private static final List<String> KNOWN = List.of("--port", "--tenant", "--dynamodb-endpoint", "--year",
                "--rvu", "--gpci", "--zip", "--opps-cap", "--conversion-factor", "--apm-conversion-factor");

        static Options parse(String[] args) {
            List<String> positional = new ArrayList<>();
            Map<String, String> named = new LinkedHashMap<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--")) {
                    String name = arg;
                    String value;
                    int eq = arg.indexOf('=');
                    if (eq > 0) {
                        name = arg.substring(0, eq);
                        value = arg.substring(eq + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    if (!KNOWN.contains(name)) {
                        throw new IllegalArgumentException("unknown option " + name);
                    }
                    if (named.containsKey(name)) {
                        throw new IllegalArgumentException(name + " given twice");
                    }
                    named.put(name, value);
                } else {
                    positional.add(arg);
                }
            }
            return new Options(args[0], positional, named);
        }

        String value(String name, String fallback) {
            return named.getOrDefault(name, fallback);
        }

        int intValue(String name, int fallback) {
            String value = named.get(name);
            if (value == null) {
                return fallback;
            }
            try {
                int port = Integer.parseInt(value);
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a port number");
            }
        }

        Optional<URI> endpoint() {
            String value = named.get("--dynamodb-endpoint");
            if (value == null) {
                return Optional.empty();
            }
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("--dynamodb-endpoint must be a URL such as http://127.0.0.1:8000");
            }
            return Optional.of(uri);
        }
    }
}
