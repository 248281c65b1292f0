package com.epiduralestimator.local;

import com.epiduralestimator.Config;
import com.epiduralestimator.adapter.dynamodb.DynamoClients;
import com.epiduralestimator.adapter.dynamodb.DynamoTables;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The tables a command writes ({@code load}, {@code load-facility}; the session table alone for {@code
 * import-sessions} and {@code migrate-sessions}), prepared one way for all. The tables are the
 * stack's (template.yaml): a load creates them only on a local DynamoDB (a loopback endpoint) or when told to with
 * {@value #CREATE_TABLES}, never by default against AWS, where a missing FEE_TABLE would otherwise make a table
 * outside the stack.
 */
final class LoadTables {
    static final String CREATE_TABLES = "--create-tables";

    private final PrintStream err;

    LoadTables(PrintStream err) {
        this.err = err;
    }

    static boolean mayCreateTables(Optional<URI> endpoint, boolean createTables) {
        if (createTables) {
            return true;
        }
        return endpoint.map(Config::isLoopback).orElse(false);
    }

    /**
     * For {@code import-sessions} and {@code migrate-sessions}, which write the session table only and take no
     * {@value #CREATE_TABLES}: on a local DynamoDB it is created when missing; elsewhere the stack's table is used.
     */
    static void prepareSessionTable(DynamoDbClient client, Optional<URI> endpoint, String sessionTable) {
        if (mayCreateTables(endpoint, false)) {
            new DynamoTables(client).createSessionTableIfAbsent(sessionTable);
        }
    }

    /**
     * A client on the command's endpoint with both tables there (created if allowed); empty, after one line on
     * stderr saying which table is missing and what to do, if they are not.
     */
    Optional<DynamoDbClient> open(CommandOptions options, Config config) {
        DynamoDbClient client = DynamoClients.create(options.endpoint());
        DynamoTables.Names names = new DynamoTables.Names(config.feeTable(), config.sessionTable());
        if (prepare(client, names, mayCreateTables(options.endpoint(), options.has(CREATE_TABLES))) != 0) {
            client.close();
            return Optional.empty();
        }
        return Optional.of(client);
    }

    /** Creates the missing tables if allowed; else checks both exist, or says which not and what to do (1). */
    int prepare(DynamoDbClient client, DynamoTables.Names names, boolean mayCreate) {
        if (mayCreate) {
            new DynamoTables(client).createIfAbsent(names);
            return 0;
        }
        List<String> missing = new ArrayList<>();
        for (String table : List.of(names.fees(), names.sessions())) {
            try {
                client.describeTable(b -> b.tableName(table));
            } catch (ResourceNotFoundException e) {
                missing.add(table);
            }
        }
        if (missing.isEmpty()) {
            return 0;
        }
        err.println("error: no table " + String.join(" or ", missing) + ". The deployed stack owns the tables:"
                + " set FEE_TABLE and SESSION_TABLE from its outputs (README, Deploy), or pass " + CREATE_TABLES
                + " to create them outside the stack");
        return 1;
    }
}
