package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.dynamodb.DynamoTables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * {@code load} and {@code load-facility} (one {@link LoadTables}) create tables only on a local DynamoDB or with
 * --create-tables: deployed, the stack owns them.
 */
class LoadTablesTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final LoadTables tables = new LoadTables(new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void onlyALoopbackEndpointOrTheFlagMayCreateTables() {
        for (String local : new String[] {"http://127.0.0.1:8000", "http://localhost:8000", "http://127.1.2.3:1",
                "http://[::1]:8000"}) {
            assertThat(LoadTables.mayCreateTables(Optional.of(URI.create(local)), false)).as(local).isTrue();
        }
        assertThat(LoadTables.mayCreateTables(Optional.empty(), false)).as("AWS itself").isFalse();
        assertThat(LoadTables.mayCreateTables(Optional.of(URI.create("https://dynamodb.us-east-1.amazonaws.com")),
                false)).isFalse();
        assertThat(LoadTables.mayCreateTables(Optional.of(URI.create("http://10.0.0.5:8000")), false)).isFalse();
        assertThat(LoadTables.mayCreateTables(Optional.of(URI.create("http://127.0.0.1.evil.example:80")), false))
                .isFalse();
        assertThat(LoadTables.mayCreateTables(Optional.empty(), true)).as("--create-tables").isTrue();
    }

    @Test
    void withoutLeaveToCreateAMissingTableIsOneClearErrorAndNothingIsCreated() {
        DynamoDbClient client = DynamoDbTestServer.get().client();
        String fees = DynamoDbTestServer.uniqueTableName("stack-fees");
        String sessions = DynamoDbTestServer.uniqueTableName("stack-sessions");
        DynamoTables.Names names = new DynamoTables.Names(fees, sessions);
        new DynamoTables(client).createIfAbsent(fees);

        assertThat(tables.prepare(client, names, false)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: no table " + sessions + ". The deployed"
                + " stack owns the tables: set FEE_TABLE and SESSION_TABLE from its outputs (README, Deploy), or pass"
                + " --create-tables to create them outside the stack\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.describeTable(b -> b.tableName(sessions)))
                .isInstanceOf(ResourceNotFoundException.class);

        assertThat(tables.prepare(client, names, true)).isZero();
        assertThat(client.describeTable(b -> b.tableName(sessions)).table().tableName()).isEqualTo(sessions);
        err.reset();
        assertThat(tables.prepare(client, names, false)).as("both exist now").isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        client.close();
    }

    @Test
    void importAndMigrateCreateTheSessionTableOnlyOnALocalDynamoDb() {
        DynamoDbClient client = DynamoDbTestServer.get().client();
        String sessions = DynamoDbTestServer.uniqueTableName("cmd-sessions");

        LoadTables.prepareSessionTable(client, Optional.empty(), sessions); // AWS itself: the stack owns the table
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.describeTable(b -> b.tableName(sessions)))
                .as("nothing created outside a local DynamoDB").isInstanceOf(ResourceNotFoundException.class);

        LoadTables.prepareSessionTable(client, Optional.of(DynamoDbTestServer.get().endpoint()), sessions);
        assertThat(client.describeTable(b -> b.tableName(sessions)).table().tableName()).isEqualTo(sessions);
        LoadTables.prepareSessionTable(client, Optional.of(URI.create("http://localhost:1")), sessions);
        assertThat(client.describeTable(b -> b.tableName(sessions)).table().tableName()).as("re-run: left as it is")
                .isEqualTo(sessions);
        client.close();
    }

    @Test
    void theFlagIsDeclaredAndTakesNoValue() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(cli.run(new String[] {"load", "--create-tables=yes"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: --create-tables takes no value");
        assertThat(cli.run(new String[] {"load", "--help"})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[--create-tables]");
    }
}
