package com.epiduralestimator.local;

import com.epiduralestimator.Config;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code invoke}: one function on one API Gateway event, as {@code sam local invoke -e} does. Standard output
 * gets the response and nothing else; the function's log and metric lines go to standard error ({@link Cli#main}
 * points System.out there before anything logs).
 */
final class InvokeCommand implements Command {
    private final PrintStream out;
    private final PrintStream err;

    InvokeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "invoke";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "  invoke <FunctionLogicalId> <event.json> [--dynamodb-endpoint URL]",
                "         runs one function on one API Gateway event, as `sam local invoke -e` does: the response",
                "         on stdout, log lines on stderr");
    }

    @Override
    public CommandOptions.Spec spec() {
        return CommandOptions.Spec.of(CommandOptions.DYNAMODB_ENDPOINT);
    }

    @Override
    public int run(CommandOptions options) throws Exception {
        if (options.positional().size() != 2) {
            err.println("error: invoke takes <FunctionLogicalId> <event.json>");
            err.println("usage:\n" + usage());
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
        LocalFunctions functions = new LocalFunctions(routes, LocalWiring.services(config, options.endpoint(), err));
        byte[] response = functions.invoke(functionId, event, "local-invoke");
        out.println(new String(response, StandardCharsets.UTF_8));
        return 0;
    }
}
