package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.FacilitySchedule;
import com.epiduralestimator.application.FacilitySlice;
import com.epiduralestimator.application.FacilitySliceRequest;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.StateFloor;
import com.epiduralestimator.domain.WageArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The facility data on DynamoDB (keys {@link FacilityKeys}, pointer {@link FacilityPointer}, items {@link
 * FacilityItemMapper}): a slice is one strongly consistent BatchGetItem of the pointer and, in both slots of the
 * year, each code and the wage area; only the items of the slot and load the pointer names are used, so a reload is
 * seen whole or not at all. Keys: 1 + 2 × (codes + 1).
 */
public final class DynamoFacilitySchedule implements FacilitySchedule {
    private static final String OPERATION = "BatchGetItem (facility slice)";

    private final DynamoDbClient client;
    private final String table;

    public DynamoFacilitySchedule(DynamoDbClient client, String table) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public FacilitySlice slice(FacilitySliceRequest request) {
        int year = request.year();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        keys.add(FacilityKeys.pointerKey());
        for (String slot : SlotPointer.SLOTS) {
            request.codes().forEach(code -> keys.add(FacilityKeys.codeKey(year, slot, code)));
            request.cbsa().ifPresent(cbsa -> keys.add(FacilityKeys.areaKey(year, slot, cbsa)));
        }
        List<Map<String, AttributeValue>> items = SlotReads.batchGet(client, table, OPERATION, keys);
        Map<String, AttributeValue> pointerItem = null;
        for (Map<String, AttributeValue> item : items) {
            if (FacilityKeys.isPointer(item)) {
                pointerItem = item;
            }
        }
        FacilityPointer pointer = FacilityPointer.of(pointerItem);
        FacilityPointer.ActiveYear active = pointer.years().get(year);
        if (active == null) {
            return FacilitySlice.yearNotLoaded(pointer.loadedYears());
        }
        Map<String, Map<String, AttributeValue>> bySk = SlotReads.activeItems(
                FacilityKeys.partition(year, active.slot()), active.loadId(), items);
        Map<String, FacilityRate> rates = new HashMap<>();
        for (String code : request.codes()) {
            Map<String, AttributeValue> item = bySk.get(FacilityKeys.codeSk(code));
            if (item != null) {
                rates.put(code, FacilityItemMapper.rates(code, item).on(request.dateOfService()));
            }
        }
        Optional<Map<String, AttributeValue>> areaItem =
                request.cbsa().map(cbsa -> bySk.get(FacilityKeys.areaSk(cbsa)));
        Optional<WageArea> area = request.cbsa().flatMap(cbsa -> areaItem.map(i -> FacilityItemMapper.area(cbsa, i)));
        Map<String, StateFloor> floors = areaItem.map(FacilityItemMapper::floors).orElse(Map.of());
        return new FacilitySlice(pointer.loadedYears(), active.types(), rates, area, floors);
    }
}
