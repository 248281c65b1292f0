package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.YearParameters;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A load's changes to the catalog, without transactions: claim a year's free slot, flip the year to it, release a
 * failed claim, record the facility rate sets. Each is one {@link SlotPointer#change}: a consistent read and a
 * PutItem conditional on the version read, tried again when another load raced it.
 */
final class FeeCatalogStore {
    private static final java.time.Duration STALE_CLAIM = SlotPointer.STALE_CLAIM;

    private final SlotPointer<FeeCatalog> slots;
    private final Clock clock;

    FeeCatalogStore(DynamoDbClient client, String table, Clock clock) {
        this.slots = new SlotPointer<>(client, table, FeeKeys.catalogKey(), "schedule catalog",
                FeeCatalogMapper::catalog);
        this.clock = clock;
    }

    /** Claims the slot the catalog does not name for the year; returns it. */
    String claim(int year, String loadId) {
        String[] slot = new String[1];
        slots.change("claim", catalog -> {
            FeeCatalog.Loading other = catalog.loading().get(year);
            long now = clock.millis();
            if (other != null && SlotPointer.isFresh(other.startedAtMillis(), now)) {
                throw new IllegalStateException("another load of " + year + " (load id " + other.loadId()
                        + ") has been running since " + java.time.Instant.ofEpochMilli(other.startedAtMillis())
                        + "; wait for it, or, if it died, retry after " + STALE_CLAIM.toMinutes() + " minutes");
            }
            slot[0] = catalog.slotForNextLoad(year);
            Map<Integer, FeeCatalog.Loading> loading = new TreeMap<>(catalog.loading());
            loading.put(year, new FeeCatalog.Loading(slot[0], loadId, now));
            return FeeCatalogMapper.catalogItem(catalog.years(), loading, catalog.version() + 1);
        });
        return slot[0];
    }

    /** Makes the load the year's active one, if its claim still holds. */
    void flip(int year, String slot, String loadId, YearParameters scheduleYear, List<ScheduleSource> sources,
                      boolean oppsCapLoaded) {
        slots.change("flip", catalog -> {
            FeeCatalog.Loading claim = catalog.loading().get(year);
            if (claim == null || !claim.loadId().equals(loadId)) {
                throw new IllegalStateException("the load of " + year + " lost its claim on slot " + slot
                        + " (taken over as stale?): not switching to it; run the load again");
            }
            Map<Integer, FeeCatalog.ActiveYear> years = new TreeMap<>(catalog.years());
            // Facility rates are loaded on their own: a PFS reload keeps what the year had.
            FeeCatalog.ActiveYear previous = catalog.years().get(year);
            years.put(year, new FeeCatalog.ActiveYear(slot, loadId, scheduleYear, clock.millis(), sources,
                    oppsCapLoaded, previous == null ? Set.of() : previous.facilityRates()));
            Map<Integer, FeeCatalog.Loading> loading = new TreeMap<>(catalog.loading());
            loading.remove(year);
            return FeeCatalogMapper.catalogItem(years, loading, catalog.version() + 1);
        });
    }

    /**
     * Records which facility rate sets ({@link FacilityData#rateSetTypes}) are loaded for a loaded year, for {@code
     * GET /v1/schedules}: the facility rates' own load calls it once its items are written. A later reload of the
     * year's PFS files keeps the list.
     *
     * @throws IllegalArgumentException for a type priced from another's rate set (it has none of its own)
     * @throws IllegalStateException    when the year is not loaded
     */
    void recordFacilityRates(int year, Set<FacilityType> rateSets) {
        for (FacilityType type : rateSets) {
            if (FacilityData.rateSet(type) != type) {
                throw new IllegalArgumentException(type + " is priced from the " + FacilityData.rateSet(type)
                        + " rate set: it is not a rate set of its own");
            }
        }
        slots.change("facility rates", catalog -> {
            FeeCatalog.ActiveYear active = catalog.years().get(year);
            if (active == null) {
                throw new IllegalStateException("the " + year + " fee schedule is not loaded: load it before its"
                        + " facility rates");
            }
            Map<Integer, FeeCatalog.ActiveYear> years = new TreeMap<>(catalog.years());
            years.put(year, new FeeCatalog.ActiveYear(active.slot(), active.loadId(), active.parameters(),
                    active.loadedAtMillis(), active.sources(), active.oppsCapLoaded(), rateSets));
            return FeeCatalogMapper.catalogItem(years, catalog.loading(), catalog.version() + 1);
        });
    }

    /** Drops the load's claim after a failure; the year's active load is unchanged. */
    void release(int year, String loadId) {
        slots.change("release", catalog -> {
            FeeCatalog.Loading claim = catalog.loading().get(year);
            if (claim == null || !claim.loadId().equals(loadId)) {
                return null;
            }
            Map<Integer, FeeCatalog.Loading> loading = new TreeMap<>(catalog.loading());
            loading.remove(year);
            return FeeCatalogMapper.catalogItem(catalog.years(), loading, catalog.version() + 1);
        });
    }
}
