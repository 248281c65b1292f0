package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.CodeSchedule;
import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.ScheduleData;
import com.epiduralestimator.application.ScheduleFeed;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.ZipLocation;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Loads one schedule year into the fee table, atomically for readers, without transactions:
 * <ol>
 * <li>reads the feed's localities and ZIPs (a malformed file stops the load before anything is written);</li>
 * <li>claims the year's inactive slot (A or B) in the catalog, with a fresh load id (conditional on the catalog's
 *     {@code version}; a second load of the same year is refused while the claim is fresh);</li>
 * <li>streams every code into that slot, tagged with the load id: BatchWriteItem, 25 items a call, several calls
 *     in flight, unprocessed items retried with exponential backoff and jitter;</li>
 * <li>only then flips the catalog to the slot and load id (conditional PutItem on {@code version}).</li>
 * </ol>
 * Readers use only the slot and load id the catalog names, so they see the old load or the new one, never a mix;
 * if anything fails before the flip (a malformed row half-way through the RVU file, DynamoDB giving up), the claim
 * is released and nothing of the load is visible. Re-running a load writes the other slot and flips again:
 * harmless. Other years are never touched.
 */
public final class ScheduleLoader {
    private static final String OPERATION = "BatchWriteItem (schedule load)";
    private static final int BATCH_SIZE = BatchWrites.BATCH_SIZE;

    /** Told of a load's progress, from the loading thread. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = sourceLines -> { };

        /** {@code sourceLines} more lines of the RVU source are written (or queued to be). */
        void progressed(int sourceLines);
    }

    /** What a load did. */
    public record Result(YearParameters year, String slot, String loadId, int codes, int rows, int localities, int zips,
                         int itemsWritten) {}

    private final DynamoDbClient client;
    private final String table;
    private final BatchWrites writes;
    private final int parallelism;
    private final FeeCatalogStore catalog;

    public ScheduleLoader(DynamoDbClient client, String table) {
        this(client, table, Duration.ofMillis(50), 6, Clock.systemUTC());
    }

    ScheduleLoader(DynamoDbClient client, String table, Duration firstBackoff, int parallelism, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
        this.writes = new BatchWrites(this.client, this.table, OPERATION, firstBackoff);
        this.parallelism = parallelism;
        this.catalog = new FeeCatalogStore(this.client, this.table, clock);
    }

    /** Loads a year held in memory; returns the number of items written, the catalog included. */
    public int load(ScheduleData data) {
        return load(data.feed(), Listener.NONE).itemsWritten();
    }

    public Result load(ScheduleFeed feed, Listener listener) {
        int year = feed.year();
        List<Locality> localities = feed.localities();
        List<ZipLocation> zips = feed.zips();
        String loadId = UUID.randomUUID().toString();
        String slot = catalog.claim(year, loadId);
        Result result;
        try {
            result = write(feed, listener, year, slot, loadId, localities, zips);
            catalog.flip(year, slot, loadId, result.year(), feed.sources(), feed.oppsCapLoaded());
        } catch (RuntimeException | Error e) {
            try {
                catalog.release(year, loadId);
            } catch (RuntimeException releaseFailure) {
                e.addSuppressed(releaseFailure);
            }
            throw e;
        }
        return result;
    }

    private Result write(ScheduleFeed feed, Listener listener, int year, String slot, String loadId,
                         List<Locality> localities, List<ZipLocation> zips) {
        AtomicInteger written = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Semaphore inFlight = new Semaphore(parallelism * 2);
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "schedule-load");
            t.setDaemon(true);
            return t;
        });
        int[] counts = new int[2]; // codes, rows
        boolean completed = false;
        try {
            List<Map<String, AttributeValue>> batch = new ArrayList<>(BATCH_SIZE);
            Runnable flush = () -> {
                if (batch.isEmpty()) {
                    return;
                }
                List<Map<String, AttributeValue>> items = List.copyOf(batch);
                batch.clear();
                throwIfFailed(failure);
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        if (failure.get() == null) {
                            writes.write(items);
                            written.addAndGet(items.size());
                        }
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
            };
            feed.codes((CodeSchedule code) -> {
                batch.add(FeeItemMapper.codeItem(year, slot, loadId, code));
                counts[0]++;
                counts[1] += code.rows().size();
                if (batch.size() == BATCH_SIZE) {
                    flush.run();
                }
                listener.progressed(code.sourceLines());
            });
            batch.add(FeeItemMapper.localitiesItem(year, slot, loadId, localities));
            for (Map<String, AttributeValue> zipItem : FeeItemMapper.zipItems(year, slot, loadId, zips)) {
                batch.add(zipItem);
                if (batch.size() == BATCH_SIZE) {
                    flush.run();
                }
            }
            flush.run();
            inFlight.acquireUninterruptibly(parallelism * 2); // every batch done
            inFlight.release(parallelism * 2);
            throwIfFailed(failure);
            completed = true;
        } finally {
            if (!completed) {
                // Batches still queued are skipped; those in flight finish (interrupting them would cut HTTP
                // requests half-sent). Either way the slot is inactive and nothing of this load becomes visible.
                failure.compareAndSet(null, new IllegalStateException("load abandoned"));
            }
            pool.shutdown();
            try {
                pool.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Result(feed.parameters(), slot, loadId, counts[0], counts[1], localities.size(), zips.size(),
                written.get() + 1);
    }

    private static void throwIfFailed(AtomicReference<RuntimeException> failure) {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /**
     * Records which facility rate sets ({@link FacilityData#rateSetTypes}) are loaded for a loaded year, for {@code
     * GET /v1/schedules}: the facility rates' own load calls it once its items are written. A later reload of the
     * year's PFS files keeps the list.
     *
     * @throws IllegalArgumentException for a type priced from another's rate set (it has none of its own)
     * @throws IllegalStateException    when the year is not loaded
     */
    public void recordFacilityRates(int year, Set<FacilityType> rateSets) {
        catalog.recordFacilityRates(year, rateSets);
    }
}
