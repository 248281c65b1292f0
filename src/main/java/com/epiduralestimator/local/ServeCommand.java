package com.epiduralestimator.local;

import com.epiduralestimator.Config;
import java.io.PrintStream;
import java.net.BindException;
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
                "         serves every route of template.yaml on 127.0.0.1, and the estimate page at /; in memory",
                "         with the bundled CY2025 and CY2026 schedules unless --dynamodb-endpoint is given.",
                "         --cors-origin lets a browser page on that origin call the API (as the template's",
                "         AllowedOrigins)");
    }

    @Override
    public CommandOptions.Spec spec() {
        return CommandOptions.Spec.of("--port", "--tenant", CommandOptions.DYNAMODB_ENDPOINT, "--cors-origin");
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

    /** Starts the server and prints where it listens; null (after one line on stderr) if the port is taken. */
    LocalServer start(CommandOptions options) throws Exception {
        int port = options.port("--port", DEFAULT_PORT);
        String tenant = options.value("--tenant", "local");
        LocalCors cors = options.has("--cors-origin") ? LocalCors.parse(options.value("--cors-origin", ""))
                : LocalCors.NONE;
        Config config = Config.fromEnvironment();
        LocalFunctions functions = new LocalFunctions(TemplateRoutes.fromClasspath(),
                LocalWiring.services(config, options.endpoint(), err));
        LocalServer server = new LocalServer(functions, config.tenantClaim(), tenant, cors);
        int bound;
        try {
            bound = server.start(port);
        } catch (BindException e) {
            err.println("error: port " + port + " on 127.0.0.1 is already in use (another serve?); pick another"
                    + " with --port");
            return null;
        }
        err.println("JWT signatures are NOT verified locally: claims are read from the bearer token as sent;"
                + " without a token the tenant is '" + tenant + "'.");
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
