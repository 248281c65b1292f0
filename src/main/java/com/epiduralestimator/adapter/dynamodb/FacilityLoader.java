package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityRateQuarters;
import com.epiduralestimator.domain.StateFloor;
import com.epiduralestimator.domain.WageArea;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Loads one year's facility data into the fee table without transactions, as {@link ScheduleLoader} loads a fee
 * year: claim the year's inactive slot in the {@code FACILITY} pointer (conditional on its version; refused while
 * another load's claim is younger than 15 minutes), write every code and wage area into the slot tagged with a
 * fresh load id ({@link BatchWrites}), then flip the pointer ({@link SlotPointer}, as the fee catalog). Readers use
 * only what the pointer names, so a failed load leaves the old answers; other years and the fee schedule are never
 * touched.
 */
public final class FacilityLoader {
    private static final int BATCH_SIZE = BatchWrites.BATCH_SIZE;
    private static final Duration STALE_CLAIM = SlotPointer.STALE_CLAIM;

    /**
     * What a load did.
     *
     * @param catalogRecorded whether the fee catalog now names the year's facility rate sets ({@code GET
     *                        /v1/schedules}); false when the year's fee schedule is not loaded
     */
    public record Result(int year, String slot, String loadId, int codes, int areas, int itemsWritten,
                         boolean catalogRecorded) {}

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;
    private final SlotPointer<FacilityPointer> slots;
    private final BatchWrites writes;

    public FacilityLoader(DynamoDbClient client, String table) {
        this(client, table, Clock.systemUTC());
    }

    FacilityLoader(DynamoDbClient client, String table, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
        this.clock = clock;
        this.slots = new SlotPointer<>(this.client, this.table, FacilityKeys.pointerKey(), "facility pointer",
                FacilityPointer::of);
        this.writes = new BatchWrites(this.client, this.table, "BatchWriteItem (facility load)", Duration.ofMillis(50));
    }

    public Result load(FacilityData data) {
        int year = data.year();
        String loadId = UUID.randomUUID().toString();
        String slot = claim(year, loadId);
        try {
            Map<String, StateFloor> floors = new HashMap<>();
            data.floors().forEach(f -> floors.put(f.state(), f));
            List<Map<String, AttributeValue>> batch = new ArrayList<>();
            int written = 0;
            Map<String, FacilityRateQuarters> quarters = data.quarters();
            for (FacilityRate rate : data.rates()) {
                batch.add(FacilityItemMapper.codeItem(year, slot, loadId, quarters.get(rate.code())));
                written += flushIfFull(batch);
            }
            for (WageArea area : data.areas()) {
                batch.add(FacilityItemMapper.areaItem(year, slot, loadId, area, floors));
                written += flushIfFull(batch);
            }
            written += flush(batch);
            slots.change("flip", pointer -> {
                Map<Integer, FacilityPointer.ActiveYear> years = new TreeMap<>(pointer.years());
                years.put(year, new FacilityPointer.ActiveYear(slot, loadId, data.types()));
                Map<Integer, FacilityPointer.Loading> loading = new TreeMap<>(pointer.loading());
                loading.remove(year);
                return FacilityPointer.item(pointer.version() + 1, years, loading);
            });
            boolean recorded;
            try {
                new ScheduleLoader(client, table).recordFacilityRates(year, data.rateSetTypes());
                recorded = true;
            } catch (IllegalStateException feeYearNotLoaded) {
                recorded = false;
            }
            return new Result(year, slot, loadId, data.rates().size(), data.areas().size(), written, recorded);
        } catch (RuntimeException e) {
            try {
                slots.change("release", pointer -> {
                    FacilityPointer.Loading mine = pointer.loading().get(year);
                    if (mine == null || !mine.loadId().equals(loadId)) {
                        return null;
                    }
                    Map<Integer, FacilityPointer.Loading> loading = new TreeMap<>(pointer.loading());
                    loading.remove(year);
                    return FacilityPointer.item(pointer.version() + 1, pointer.years(), loading);
                });
            } catch (RuntimeException releaseFailed) {
                e.addSuppressed(releaseFailed);
            }
            throw e;
        }
    }

    private String claim(int year, String loadId) {
        String[] slot = new String[1];
        slots.change("claim", pointer -> {
            FacilityPointer.Loading other = pointer.loading().get(year);
            long now = clock.millis();
            if (other != null && SlotPointer.isFresh(other.startedAtMillis(), now)) {
                throw new IllegalStateException("another facility load of " + year + " (load id " + other.loadId()
                        + ") is running; wait for it, or, if it died, retry after " + STALE_CLAIM.toMinutes()
                        + " minutes");
            }
            FacilityPointer.ActiveYear active = pointer.years().get(year);
            slot[0] = SlotPointer.slotForNextLoad(active == null ? null : active.slot());
            Map<Integer, FacilityPointer.Loading> loading = new TreeMap<>(pointer.loading());
            loading.put(year, new FacilityPointer.Loading(loadId, now));
            return FacilityPointer.item(pointer.version() + 1, pointer.years(), loading);
        });
        return slot[0];
    }

    private int flushIfFull(List<Map<String, AttributeValue>> batch) {
        return batch.size() >= BATCH_SIZE ? flush(batch) : 0;
    }

    private int flush(List<Map<String, AttributeValue>> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int written = writes.write(List.copyOf(batch));
        batch.clear();
        return written;
    }
}
