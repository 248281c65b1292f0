package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.LoadedSchedule;
import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.YearParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fee catalog as read, and the fee side of the A/B slot protocol ({@link SlotPointer}, {@link SlotReads}): each
 * year has two slots; a load writes the slot the catalog does not name ({@link #slotForNextLoad}), then flips the catalog to it; a reader asks for both slots in
 * one round trip ({@link #sliceKeys}) and keeps only the items of the slot and load the catalog names
 * ({@link #activeItems}), so a reload is seen whole or not at all. {@code exists} is false before the first load.
 */
record FeeCatalog(boolean exists, long version, Map<Integer, ActiveYear> years, Map<Integer, Loading> loading)
        implements SlotPointer.State {
    static final FeeCatalog EMPTY = new FeeCatalog(false, 0, Map.of(), Map.of());

    /**
     * A year as the catalog lists it: its active slot and load, its parameters, and where it came from. {@code
     * facilityRates} are the facility rate sets loaded for the year, each named by its type ({@link
     * FacilityData#rateSet}; set by their own load, kept by a PFS reload).
     */
    record ActiveYear(String slot, String loadId, YearParameters parameters, long loadedAtMillis,
                      List<ScheduleSource> sources, boolean oppsCapLoaded, Set<FacilityType> facilityRates) {
        ActiveYear {
            facilityRates = Set.copyOf(facilityRates);
        }

        /** The year as {@code GET /v1/schedules} lists it: the rate sets under their API names. */
        LoadedSchedule loaded() {
            return new LoadedSchedule(parameters, Instant.ofEpochMilli(loadedAtMillis), sources, oppsCapLoaded,
                    FacilityData.rateSetNames(facilityRates));
        }
    }

    /** A load in progress: it owns the slot until it flips the catalog or gives up. */
    record Loading(String slot, String loadId, long startedAtMillis) {}

    NavigableSet<Integer> loadedYears() {
        return new TreeSet<>(years.keySet());
    }

    /** The slot a new load of the year writes: the one the catalog does not name (A for a first load). */
    String slotForNextLoad(int year) {
        ActiveYear active = years.get(year);
        return SlotPointer.slotForNextLoad(active == null ? null : active.slot());
    }

    /**
     * The keys of one slice read: the catalog and, in both slots of the year (the catalog is not known yet), each
     * code, the localities when a locality or ZIP is asked for, and the ZIP's prefix group.
     */
    static List<Map<String, AttributeValue>> sliceKeys(int year, Collection<String> codes, boolean localities,
                                                       String zipPrefix) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        keys.add(FeeKeys.catalogKey());
        for (String slot : SlotPointer.SLOTS) {
            for (String code : codes) {
                keys.add(FeeKeys.codeKey(year, slot, code));
            }
            if (localities) {
                keys.add(FeeKeys.localitiesKey(year, slot));
            }
            if (zipPrefix != null) {
                keys.add(FeeKeys.zipKey(year, slot, zipPrefix));
            }
        }
        return keys;
    }

    /** The catalog among the items of a slice read ({@link #EMPTY} when the table has none). */
    static FeeCatalog of(List<Map<String, AttributeValue>> items) {
        for (Map<String, AttributeValue> item : items) {
            if (FeeKeys.isCatalog(item)) {
                return FeeCatalogMapper.catalog(item);
            }
        }
        return EMPTY;
    }

    /** Only the active slot's items of the active load, by sort key: never a mix of two loads. */
    static Map<String, Map<String, AttributeValue>> activeItems(int year, ActiveYear active,
                                                               List<Map<String, AttributeValue>> items) {
        return SlotReads.activeItems(FeeKeys.schedule(year, active.slot()), active.loadId(), items);
    }
}
