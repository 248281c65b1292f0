package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.LoadedSchedule;
import com.epiduralestimator.application.ScheduleSlice;
import com.epiduralestimator.application.SliceRequest;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.OppsCap;
import com.epiduralestimator.domain.ZipCode;
import com.epiduralestimator.domain.ZipLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fee schedule on DynamoDB: a slice is one BatchGetItem of the catalog and, in both slots of the year (A and
 * B), each code, the localities and the ZIP's prefix group. The catalog names the year's active slot and load;
 * only those items are used, so a reload that flips the catalog is seen whole or not at all, in the same round
 * trip (more only when DynamoDB returns unprocessed keys under throttling, or for more than ~47 codes).
 * Strongly consistent reads: the catalog and the items it names are read as of one moment after the flip. Given
 * the table's claim-edit store, the first slice read also brings the list of loaded claim-edit editions along (its
 * key in the same BatchGetItem), so that a cold estimate of two codes lists them without a GetItem of its own.
 */
public final class DynamoFeeSchedule implements FeeSchedule {
    private static final String OPERATION = "BatchGetItem (fee schedule slice)";

    private final DynamoDbClient client;
    private final String table;
    private final DynamoEditStore edits;

    public DynamoFeeSchedule(DynamoDbClient client, String table) {
        this(client, table, null);
    }

    /** @param edits the claim-edit store of the same table, whose list the first slice read brings along */
    public DynamoFeeSchedule(DynamoDbClient client, String table, DynamoEditStore edits) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
        this.edits = edits;
    }

    @Override
    public ScheduleSlice slice(SliceRequest request) {
        // Loops, not lambdas or streams: this runs on every cold estimate (docs/performance.md).
        int year = request.year();
        ZipCode zipAsked = request.zip().orElse(null);
        List<Map<String, AttributeValue>> keys = FeeCatalog.sliceKeys(year, request.codes(),
                request.locality().isPresent() || zipAsked != null, zipAsked == null ? null : zipAsked.prefix());
        boolean bringList = edits != null && edits.wantsList();
        if (bringList) {
            keys.add(DynamoEditStore.listKey());
        }
        List<Map<String, AttributeValue>> items = SlotReads.batchGet(client, table, OPERATION, keys);
        if (bringList) {
            edits.prefetched(items);
        }
        FeeCatalog catalog = FeeCatalog.of(items);
        FeeCatalog.ActiveYear active = catalog.years().get(year);
        if (active == null) {
            return ScheduleSlice.yearNotLoaded(catalog.loadedYears());
        }
        Map<String, Map<String, AttributeValue>> bySk = FeeCatalog.activeItems(year, active, items);
        Map<String, List<FeeRow>> rows = new HashMap<>();
        for (String code : request.codes()) {
            Map<String, AttributeValue> codeItem = bySk.get(FeeKeys.codeSk(code));
            if (codeItem != null) {
                rows.put(code, FeeItemMapper.rows(codeItem));
            }
        }
        Map<String, AttributeValue> localities = bySk.get(FeeKeys.LOCALITIES_SK);
        Optional<ZipLocation> zip = zipAsked == null ? Optional.empty()
                : FeeItemMapper.zipLocation(bySk.get(FeeKeys.zipSk(zipAsked.prefix())), zipAsked);
        LocalityId localityId = request.locality().isPresent() ? request.locality().get()
                : zip.isPresent() ? zip.get().locality() : null;
        Optional<Locality> locality = localityId == null ? Optional.empty()
                : FeeItemMapper.locality(localities, localityId);
        Map<String, List<OppsCap>> caps = new HashMap<>();
        if (locality.isPresent()) {
            for (String code : request.codes()) {
                Map<String, AttributeValue> codeItem = bySk.get(FeeKeys.codeSk(code));
                List<OppsCap> codeCaps = codeItem == null ? List.of()
                        : FeeItemMapper.caps(codeItem, locality.get().id());
                if (!codeCaps.isEmpty()) {
                    caps.put(code, codeCaps);
                }
            }
        }
        return new ScheduleSlice(catalog.loadedYears(), Optional.of(active.parameters()), rows, zip, locality,
                caps, active.oppsCapLoaded());
    }

    /** One strongly consistent GetItem of the catalog. */
    @Override
    public List<LoadedSchedule> loadedSchedules() {
        Map<String, AttributeValue> item;
        try {
            item = client.getItem(b -> b.tableName(table).key(FeeKeys.catalogKey()).consistentRead(true)).item();
        } catch (SdkException e) {
            throw DynamoFailures.translate("GetItem (schedule catalog)", e);
        }
        List<LoadedSchedule> all = new ArrayList<>();
        FeeCatalogMapper.catalog(item).years().values().forEach(a -> all.add(a.loaded()));
        return all;
    }
}
