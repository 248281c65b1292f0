package com.epiduralestimator.adapter.dynamodb;

import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The two tables and their names. Both have the same key schema, a string {@code pk} and a string {@code sk}, and
 * are billed per request. In AWS the deployment template creates them; this is for local servers, tests and the
 * loader. Waits by polling DescribeTable (LocalStack and dynalite answer it like DynamoDB does).
 */
public final class DynamoTables {
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration ACTIVE_TIMEOUT = Duration.ofSeconds(60);

    /** The two table names, as the caller configured them (their defaults are the composition root's). */
    public record Names(String fees, String sessions) {
        public Names {
            Objects.requireNonNull(fees, "fees");
            Objects.requireNonNull(sessions, "sessions");
        }
    }

    private final DynamoDbClient client;

    public DynamoTables(DynamoDbClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Creates each table that is missing and returns once both are ACTIVE. */
    public void createIfAbsent(Names names) {
        createIfAbsent(names.fees());
        createSessionTableIfAbsent(names.sessions());
    }

    /**
     * The session table: the same key schema plus the keys-only GSI {@code bySessionId} (hash key {@code sid}).
     * A session table of the first version, without the index, is an error that says what to do.
     * (TTL on {@code expiresAt} is the template's: dynalite ignores TTL, and reads filter expired sessions anyway.)
     */
    public void createSessionTableIfAbsent(String table) {
        if (status(table) == null) {
            try {
                client.createTable(b -> b.tableName(table)
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(attribute("pk"), attribute("sk"), attribute("sid"))
                        .keySchema(
                                KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                        .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                                .indexName(SessionItemMapper.BY_SESSION_ID)
                                .keySchema(KeySchemaElement.builder().attributeName("sid").keyType(KeyType.HASH).build())
                                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                                .build()));
            } catch (ResourceInUseException raced) {
                // Another process created it between our DescribeTable and CreateTable: wait for it all the same.
            } catch (SdkException e) {
                throw DynamoFailures.translate("CreateTable", e);
            }
        } else if (!hasSessionIdIndex(table)) {
            // A session table created by the first version. In AWS the template adds the index; a local table
            // (dynalite, LocalStack) is recreated rather than altered: dynalite leaves an added index CREATING.
            throw new IllegalStateException("session table " + table + " has no bySessionId index (created by the"
                    + " first version): in AWS deploy the template; locally start from a new table (restart dynalite,"
                    + " or set SESSION_TABLE to a new name)");
        }
        awaitActive(table);
        long deadline = System.nanoTime() + ACTIVE_TIMEOUT.toNanos();
        while (!sessionIdIndexActive(table)) {
            if (System.nanoTime() > deadline) {
                throw DynamoFailures.unavailable("DescribeTable: index not ACTIVE in time", Duration.ofSeconds(5),
                        null);
            }
            Backoff.sleep(POLL);
        }
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private boolean hasSessionIdIndex(String table) {
        return describe(table).globalSecondaryIndexes().stream()
                .anyMatch(i -> SessionItemMapper.BY_SESSION_ID.equals(i.indexName()));
    }

    private boolean sessionIdIndexActive(String table) {
        return describe(table).globalSecondaryIndexes().stream()
                .anyMatch(i -> SessionItemMapper.BY_SESSION_ID.equals(i.indexName())
                        && (i.indexStatus() == null || i.indexStatus() == IndexStatus.ACTIVE));
    }

    private TableDescription describe(String table) {
        try {
            return client.describeTable(b -> b.tableName(table)).table();
        } catch (SdkException e) {
            throw DynamoFailures.translate("DescribeTable", e);
        }
    }

    public void createIfAbsent(String table) {
        if (status(table) == null) {
            try {
                client.createTable(b -> b.tableName(table)
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(
                                AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                                AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                        .keySchema(
                                KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
            } catch (ResourceInUseException raced) {
                // Another process created it between our DescribeTable and CreateTable: wait for it all the same.
            } catch (SdkException e) {
                throw DynamoFailures.translate("CreateTable", e);
            }
        }
        awaitActive(table);
    }

    private void awaitActive(String table) {
        long deadline = System.nanoTime() + ACTIVE_TIMEOUT.toNanos();
        while (status(table) != TableStatus.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw DynamoFailures.unavailable("DescribeTable: table not ACTIVE in time", Duration.ofSeconds(5), null);
            }
            Backoff.sleep(POLL);
        }
    }

    /** The table's status, or null when there is no such table. */
    private TableStatus status(String table) {
        try {
            return client.describeTable(b -> b.tableName(table)).table().tableStatus();
        } catch (ResourceNotFoundException absent) {
            return null;
        } catch (SdkException e) {
            throw DynamoFailures.translate("DescribeTable", e);
        }
    }
}
