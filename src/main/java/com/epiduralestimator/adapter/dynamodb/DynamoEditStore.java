package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.EditStore;
import com.epiduralestimator.application.LoadedEdition;
import com.epiduralestimator.domain.Edition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The claim-edit editions loaded with {@code load-edits}, in the fee table (docs/claims-edits.md): the list in one
 * item ({@code pk=EDITS sk=EDITIONS}, {@link EditIndex}), each edition's table gzip-compressed in chunks of at most
 * {@value #CHUNK_BYTES} bytes under a partition of its own load ({@code E#<kind>#<edition>#<loadId>}). Reading the
 * list is one BatchGetItem of its key (or none: the fee schedule's first slice read brings it along); reading a
 * table one BatchGetItem of its chunks. A load writes the chunks first, then lists
 * the edition (conditional on the list's version): a reader never sees a listed edition without its table.
 */
public final class DynamoEditStore implements EditStore {
    static final String PK = "EDITS";
    static final String SK = "EDITIONS";
    static final int CHUNK_BYTES = 300_000;
    private final DynamoDbClient client;
    private final String table;
    /** The list as last read: where the tables of the editions it names are (a table is read after the list). */
    private volatile EditIndex lastRead;
    /** Whether the list was ever asked for: until then the fee schedule's first slice read brings it along. */
    private volatile boolean asked;
    /** The list as the fee slice's BatchGetItem read it ({@link #prefetched}), for the next {@link #editions()}. */
    private volatile Prefetch prefetch;

    /** The list item as a fee slice read found it (an empty map: no list), and when (System.nanoTime). */
    private record Prefetch(Map<String, AttributeValue> item, long readAtNanos) {}

    /** A prefetched list older than this is read again: it answers the request that read it, not a later one. */
    static final long PREFETCH_FRESH_NANOS = 10_000_000_000L;

    public DynamoEditStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /**
     * The list: the one the fee schedule's slice read brought along when it is fresh (a cold estimate's first read,
     * so that it lists the editions in the same round trip as its fees: docs/performance.md), else one GetItem.
     */
    @Override
    public List<LoadedEdition> editions() {
        asked = true;
        Prefetch brought = prefetch;
        prefetch = null;
        EditIndex index = EditIndex.of(fresh(brought) ? brought.item() : readList());
        lastRead = index;
        List<LoadedEdition> editions = new ArrayList<>();
        for (EditIndex.Listed listed : index.editions()) {
            editions.add(listed.edition());
        }
        return List.copyOf(editions);
    }

    /** Whether the fee schedule's next slice read should bring the list along: never asked, none fresh brought. */
    boolean wantsList() {
        return !asked && !fresh(prefetch);
    }

    private static boolean fresh(Prefetch brought) {
        return brought != null && System.nanoTime() - brought.readAtNanos() < PREFETCH_FRESH_NANOS;
    }

    /**
     * The list by a consistent BatchGetItem of its one key, not a GetItem: the estimates function then calls one
     * read operation on the fee table (template.yaml grants it no GetItem; IamActionsTest), and loads no GetItem
     * model classes on any path (docs/performance.md). {@link #readIndex} (GetItem) is the loader's.
     */
    private Map<String, AttributeValue> readList() {
        List<Map<String, AttributeValue>> items = SlotReads.batchGet(client, table, "read claim edits",
                List.of(listKey()));
        return items.isEmpty() ? Map.of() : items.get(0);
    }

    /** The list's key, for a slice read that brings it along. */
    static Map<String, AttributeValue> listKey() {
        return key(PK, SK);
    }

    /** The list as a consistent slice read found it: the item among {@code items}, or none (nothing loaded). */
    void prefetched(List<Map<String, AttributeValue>> items) {
        Map<String, AttributeValue> found = Map.of();
        for (Map<String, AttributeValue> item : items) {
            AttributeValue pk = item.get("pk");
            AttributeValue sk = item.get("sk");
            if (pk != null && sk != null && PK.equals(pk.s()) && SK.equals(sk.s())) {
                found = item;
            }
        }
        prefetch = new Prefetch(found, System.nanoTime());
    }

    @Override
    public String content(Edition edition) {
        EditIndex known = lastRead;
        EditIndex.Listed listed = (known == null ? java.util.Optional.<EditIndex.Listed>empty() : known.find(edition))
                .or(() -> EditIndex.of(readList()).find(edition)).orElseThrow(() ->
                        new IllegalArgumentException("edition not loaded: " + edition.describe()));
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < listed.chunks(); i++) {
            keys.add(key(listed.partition(), i));
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>(SlotReads.batchGet(client, table,
                "read claim edits", keys));
        if (items.size() != listed.chunks()) {
            throw DynamoFailures.unavailable("read claim edits: " + items.size() + " of " + listed.chunks()
                    + " chunks", DynamoFailures.RETRY_AFTER, null);
        }
        items.sort(Comparator.comparing(item -> item.get("sk").s()));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        items.forEach(item -> gz.writeBytes(item.get("data").b().asByteArray()));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.toByteArray()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("claim edits of " + edition.describe() + " are not gzip", e);
        }
    }

    @Override
    public void save(LoadedEdition edition, String content) {
        byte[] gz = gzip(content);
        String partition = "E#" + edition.edition().kind().wireName() + "#" + edition.edition().name() + "#"
                + UUID.randomUUID();
        BatchWrites writes = new BatchWrites(client, table, "load claim edits", Duration.ofMillis(50));
        List<Map<String, AttributeValue>> chunks = new ArrayList<>();
        for (int from = 0, i = 0; from < gz.length; from += CHUNK_BYTES, i++) {
            Map<String, AttributeValue> item = new java.util.HashMap<>(key(partition, i));
            item.put("data", AttributeValue.fromB(SdkBytes.fromByteArray(java.util.Arrays.copyOfRange(gz, from,
                    Math.min(gz.length, from + CHUNK_BYTES)))));
            chunks.add(item);
        }
        for (int from = 0; from < chunks.size(); from += 10) {
            writes.write(chunks.subList(from, Math.min(chunks.size(), from + 10)));
        }
        for (int attempt = 0; ; attempt++) {
            Map<String, AttributeValue> current = readIndex();
            EditIndex index = EditIndex.of(current);
            try {
                client.putItem(b -> b.tableName(table).item(index.with(new EditIndex.Listed(edition, partition,
                        chunks.size())).item(PK, SK)).conditionExpression(index.exists()
                        ? "version = :v" : "attribute_not_exists(pk)").expressionAttributeValues(index.exists()
                        ? Map.of(":v", AttributeValue.fromN(String.valueOf(index.version()))) : null));
                return;
            } catch (ConditionalCheckFailedException e) {
                if (attempt >= 3) {
                    throw new IllegalStateException("the list of claim edits changed during the load: run it again",
                            e);
                }
            } catch (SdkException e) {
                throw DynamoFailures.translate("load claim edits", e);
            }
        }
    }

    private Map<String, AttributeValue> readIndex() {
        try {
            return client.getItem(b -> b.tableName(table).key(key(PK, SK)).consistentRead(true)).item();
        } catch (SdkException e) {
            throw DynamoFailures.translate("read claim edits", e);
        }
    }

    private static Map<String, AttributeValue> key(String pk, int chunk) {
        return key(pk, String.format("P#%03d", chunk));
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
    }

    private static byte[] gzip(String content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
