package com.epiduralestimator.local;

import com.epiduralestimator.application.StoreUnavailableException;
import java.io.PrintStream;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The jar's command line: {@code serve}, {@code load} and {@code invoke}, with no AWS and no Docker by default.
 * Each command is its own class; they share one option parser ({@link CommandOptions}), so every command takes
 * {@code --help}/{@code -h} and names an option it does not know.
 */
public final class Cli {
    static final String ENVIRONMENT = "environment: FEE_TABLE, SESSION_TABLE, TENANT_CLAIM, PATIENT_KEY_SECRET,"
            + " AWS_REGION";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        for (Command command : List.of(new ServeCommand(out, err), new LoadCommand(out, err),
                new InvokeCommand(out, err), new ImportSessionsCommand(out, err), new MigrateSessionsCommand(out, err),
                new FacilityLoadCommand(out, err), new EditsLoadCommand(out, err))) {
            commands.put(command.name(), command);
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream stdout = System.out;
        if (args.length > 0 && args[0].equals("invoke")) {
            // As `sam local invoke`: stdout carries the response only. The handlers' log and metric lines are
            // written to System.out (Lambda's log stream), so point it at stderr before any of them is loaded.
            System.setOut(System.err);
        }
        int status;
        try {
            status = new Cli(stdout, System.err).run(args);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            status = 2;
        }
        stdout.flush();
        if (status != Command.KEEPS_RUNNING) {
            System.exit(status);
        }
    }

    String usage() {
        StringBuilder usage = new StringBuilder("usage: java -jar epidural-estimator.jar <command> [options]\n");
        commands.values().forEach(c -> usage.append(c.usage()).append('\n'));
        usage.append("  <command> --help shows one command's options\n");
        return usage.append(ENVIRONMENT).toString();
    }

    /** Runs a command; returns the exit status, or {@link Command#KEEPS_RUNNING} when a server keeps running. */
    int run(String[] args) throws Exception {
        if (args.length == 0) {
            err.println(usage());
            return 2;
        }
        String name = args[0];
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            out.println(usage());
            return 0;
        }
        Command command = commands.get(name);
        if (command == null) {
            err.println("error: unknown command " + name + " (commands: " + String.join(", ", commands.keySet())
                    + ")");
            err.println(usage());
            return 2;
        }
        CommandOptions options;
        try {
            options = CommandOptions.parse(Arrays.asList(args).subList(1, args.length), command.spec());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: java -jar epidural-estimator.jar " + command.name() + " [options]\n"
                    + command.usage());
            return 2;
        }
        if (options.help()) {
            out.println("usage: java -jar epidural-estimator.jar " + command.name() + " [options]\n"
                    + command.usage() + "\n" + ENVIRONMENT);
            return 0;
        }
        try {
            return command.run(options);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (StoreUnavailableException | SdkClientException e) {
            err.println(storeDidNotAnswer(options, e));
            return 1;
        }
    }

    /**
     * One line instead of the SDK's stack trace when DynamoDB is not up (connection refused, timed out): which
     * endpoint, the innermost cause's message (the SDK's and ours name the operation, never an item), what to check.
     */
    static String storeDidNotAnswer(CommandOptions options, RuntimeException e) {
        String where = options.endpoint().map(URI::toString)
                .or(() -> Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL_DYNAMODB")))
                .orElse("AWS (region " + Optional.ofNullable(System.getenv("AWS_REGION")).orElse("not set") + ")");
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String why = cause == e ? e.getMessage() : e.getMessage() + ": " + cause.getMessage();
        return "error: DynamoDB at " + where + " did not answer (" + why + "); is it running?";
    }
}
