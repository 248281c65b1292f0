package com.epiduralestimator.local;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import java.io.PrintStream;
import java.net.BindException;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: every route of template.yaml on 127.0.0.1, as {@code sam local start-api} does. */
final class ServeCommand implements Command {
    static final int DEFAULT_PORT = 3000;
    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "  serve  [--port 3000] [--tenant local] [--dynamodb-endpoint URL] [--cors-origin ORIGIN[,ORIGIN]]",
                "         [--tenant-rate-limit N]",
                "         serves every route of template.yaml on 127.0.0.1, and the estimate page at /; in memory",
                "         with the bundled CY2025 and CY2026 schedules unless --dynamodb-endpoint is given.",
                "         --cors-origin lets a browser page on that origin call the API (as the template's",
                "         AllowedOrigins); --tenant-rate-limit limits each tenant to N requests a minute on the",
                "         patient routes (off by default; the template's TenantRateLimitPerMinute). Against a",
                "         DynamoDB off this machine bearer tokens are refused (serve does not verify them)");
    }

    @Override
    public CommandOptions.Spec spec() {
        return CommandOptions.Spec.of("--port", "--tenant", CommandOptions.DYNAMODB_ENDPOINT, "--cors-origin",
                "--tenant-rate-limit");
    }

    @Override
    public int run(CommandOptions options) throws Exception {
        LocalServer server = start(options);
        if (server == null) {
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        stopped.await();
        return KEEPS_RUNNING;
    }

    /** Unverified bearer tokens only while the sessions stay on this machine: in memory or DynamoDB on loopback. */
    static boolean acceptsTokens(java.util.Optional<java.net.URI> dynamoEndpoint) {
        return dynamoEndpoint.map(Config::isLoopback).orElse(true);
    }

    private static int rateLimit(CommandOptions options) {
        if (!options.has("--tenant-rate-limit")) {
            return 0;
        }
        try {
            int n = Integer.parseInt(options.value("--tenant-rate-limit", ""));
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--tenant-rate-limit takes a number of requests per minute (1 or more)");
        }
    }

    /** Starts the server and prints where it listens; null (after one line on stderr) if the port is taken. */
    LocalServer start(CommandOptions options) throws Exception {
        int port = options.port("--port", DEFAULT_PORT);
        String tenant = options.value("--tenant", "local");
        LocalCors cors = options.has("--cors-origin") ? LocalCors.parse(options.value("--cors-origin", ""))
                : LocalCors.NONE;
        int rateLimit = rateLimit(options);
        Config config = Config.fromEnvironment();
        Services services = LocalWiring.services(config, options.endpoint(), err);
        if (rateLimit > 0) {
            services = services.withRateLimit(DependencyFactory.memoryRateLimit(rateLimit, Clock.systemUTC()));
        }
        LocalFunctions functions = new LocalFunctions(TemplateRoutes.fromClasspath(), services);
        // Unverified tokens only while the data stays on this machine (issue #22), as the development key.
        boolean local = acceptsTokens(options.endpoint());
        LocalServer server = new LocalServer(functions, config.tenantClaim(), tenant, cors, local);
        int bound;
        try {
            bound = server.start(port);
        } catch (BindException e) {
            err.println("error: port " + port + " on 127.0.0.1 is already in use (another serve?); pick another"
                    + " with --port");
            return null;
        }
        err.println(local ? "JWT signatures are NOT verified locally: claims are read from the bearer token as sent;"
                + " without a token the tenant is '" + tenant + "' with every scope."
                : "DynamoDB is not on this machine: bearer tokens are refused (serve cannot verify them); every"
                + " request acts as the tenant '" + tenant + "'.");
        if (rateLimit > 0) {
            out.println("  each tenant may make " + rateLimit + " requests a minute on the patient routes");
        }
        for (TemplateRoutes.Route route : functions.routes().routes()) {
            out.println("  " + route.method() + " http://127.0.0.1:" + bound + route.path() + "  -> "
                    + route.functionId());
        }
        if (cors.enabled()) {
            out.println("  CORS: browsers on " + String.join(", ", cors.origins()) + " may call the API");
        }
        out.println("  the estimate page: http://127.0.0.1:" + bound + "/");
        out.println("Epidural Estimator listening on http://127.0.0.1:" + bound + " (Ctrl-C stops it)");
        return server;
    }
}
