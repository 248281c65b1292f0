package com.epiduralestimator.local;

import com.epiduralestimator.Config;
import com.epiduralestimator.SessionSettings;
import com.epiduralestimator.adapter.dynamodb.DynamoClients;
import com.epiduralestimator.adapter.dynamodb.SessionMigration;
import com.epiduralestimator.application.StoreUnavailableException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code migrate-sessions [--dynamodb-endpoint URL]}: rewrites the session items of the first table design into the
 * per-patient shape (see {@link SessionMigration}); run once right after deploying this version, re-runnable.
 * Locally it also adds the {@code bySessionId} index to a session table created by the first version.
 */
public final class MigrateSessionsCommand implements Command {
    private final PrintStream out;
    private final PrintStream err;

    public MigrateSessionsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "migrate-sessions";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "  migrate-sessions [--dynamodb-endpoint URL]",
                "         rewrites session items of the first table design into the per-patient shape (re-runnable)");
    }

    @Override
    public CommandOptions.Spec spec() {
        return CommandOptions.Spec.of(CommandOptions.DYNAMODB_ENDPOINT);
    }

    @Override
    public int run(CommandOptions options) {
        Optional<URI> endpoint = options.endpoint();
        Config config = Config.fromEnvironment();
        DynamoDbClient client = DynamoClients.create(endpoint);
        try {
            LoadTables.prepareSessionTable(client, endpoint, config.sessionTable());
            SessionMigration.Summary s = new SessionMigration(client, config.sessionTable(), Clock.systemUTC(),
                    SessionSettings.fromEnvironment().retentionYears()).run();
            out.println("migrate-sessions: " + s.scanned() + " items scanned, " + s.migrated() + " migrated, "
                    + s.alreadyThere() + " already in the new shape, " + s.expired() + " past retention (deleted)");
            return 0;
        } catch (StoreUnavailableException e) {
            err.println("error: the session store failed (" + e.getMessage() + "); re-running is safe");
            return 1;
        } finally {
            client.close();
        }
    }
}
