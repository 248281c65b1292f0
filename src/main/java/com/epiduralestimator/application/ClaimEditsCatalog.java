package com.epiduralestimator.application;


import com.epiduralestimator.domain.AspPrices;
import com.epiduralestimator.domain.BillableDiagnoses;
import com.epiduralestimator.domain.ClaimEdits;
import com.epiduralestimator.domain.DiscontinuedDrug;
import com.epiduralestimator.domain.EditKind;
import com.epiduralestimator.domain.Edition;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.MueLimits;
import com.epiduralestimator.domain.PtpEdits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The claim-edit tables as the rules see them ({@link ClaimEdits}): the bundled editions and the loaded ones (the
 * store's), each read once per container and only when first needed. Nothing is read when the catalog is built:
 * the list of loaded editions is one read the first time an estimate needs any table, and each table one more the
 * first time a rule asks for it (docs/claims-edits.md has the request counts). A loaded edition is preferred to a
 * bundled one in force on the same date.
 */
public final class ClaimEditsCatalog implements ClaimEdits {
    private final EditSource bundled;
    private final EditSource loaded;
    private volatile List<LoadedEdition> listed;
    private final Map<Edition, Object> tables = new ConcurrentHashMap<>();
    /**
     * The bundled editions' tables, read once per process whatever the wiring: the jar's content never changes, and
     * a table SnapStart priming read (its throw-away wiring) is then in the snapshot the function starts from.
     */
    private static final Map<Edition, Object> BUNDLED_TABLES = new ConcurrentHashMap<>();

    public ClaimEditsCatalog(EditSource bundled, EditSource loaded) {
        this.bundled = bundled;
        this.loaded = loaded;
    }

    /** Every edition both sources list: the bundled ones first ({@code GET /v1/schedules}). */
    public List<LoadedEdition> editions() {
        List<LoadedEdition> current = listed;
        if (current == null) {
            List<LoadedEdition> all = new ArrayList<>(bundled.editions());
            all.addAll(loaded.editions());
            current = List.copyOf(all);
            listed = current;
        }
        return current;
    }

    /** Every edition, the loaded ones read afresh (what an operator reads right after {@code load-edits}). */
    public List<LoadedEdition> currentEditions() {
        List<LoadedEdition> all = new ArrayList<>(bundled.editions());
        all.addAll(loaded.editions());
        return List.copyOf(all);
    }

    @Override
    public Optional<DiscontinuedDrug> discontinued(HcpcsCode code) {
        return DiscontinuedDrugsResource.of(code);
    }

    @Override
    public Optional<Edition> edition(EditKind kind, LocalDate dateOfService) {
        return Edition.answering(editionsOf(null), kind, dateOfService);
    }

    @Override
    public List<Edition> editions(EditKind kind) {
        return editionsOf(kind);
    }

    /** The editions of the kind, or of every kind ({@code null}): a loop, on the first estimate's path. */
    private List<Edition> editionsOf(EditKind kindOrNull) {
        List<Edition> out = new ArrayList<>();
        for (LoadedEdition e : editions()) {
            if (kindOrNull == null || e.edition().kind() == kindOrNull) {
                out.add(e.edition());
            }
        }
        return List.copyOf(out);
    }

    @Override
    public BillableDiagnoses diagnoses(Edition edition) {
        return table(edition, EditKind.ICD10CM, BillableDiagnoses.class);
    }

    @Override
    public PtpEdits ptp(Edition edition) {
        return table(edition, edition.kind() == EditKind.PTP_HOSPITAL ? EditKind.PTP_HOSPITAL
                : EditKind.PTP_PRACTITIONER, PtpEdits.class);
    }

    @Override
    public MueLimits mue(Edition edition) {
        return table(edition, edition.kind() == EditKind.MUE_HOSPITAL ? EditKind.MUE_HOSPITAL
                : EditKind.MUE_PRACTITIONER, MueLimits.class);
    }

    @Override
    public AspPrices asp(Edition edition) {
        return table(edition, EditKind.ASP, AspPrices.class);
    }

    private <T> T table(Edition edition, EditKind kind, Class<T> type) {
        if (edition.kind() != kind) {
            throw new IllegalArgumentException(edition.describe() + " is not a " + kind.label() + " edition");
        }
        Map<Edition, Object> cache = edition.bundled() ? BUNDLED_TABLES : tables;
        Object table = cache.get(edition);
        if (table == null) {
            // No lambda or method reference: the first estimate of two codes reads a table (docs/performance.md).
            // Two threads may read the same table at once; the first kept is the one every reader then gets.
            table = read(edition, (edition.bundled() ? bundled : loaded).content(edition));
            Object first = cache.putIfAbsent(edition, table);
            table = first == null ? table : first;
        }
        return type.cast(table);
    }

    private static Object read(Edition edition, String content) {
        EditKind kind = edition.kind();
        if (kind == EditKind.ICD10CM) {
            return EditionText.readIcd10(edition, content);
        }
        if (kind == EditKind.PTP_PRACTITIONER || kind == EditKind.PTP_HOSPITAL) {
            return EditionText.readPtp(edition, content);
        }
        if (kind == EditKind.MUE_PRACTITIONER || kind == EditKind.MUE_HOSPITAL) {
            return EditionText.readMue(edition, content);
        }
        if (kind == EditKind.ASP) {
            return EditionText.readAsp(edition, content);
        }
        throw new IllegalArgumentException("no reader for " + edition.describe());
    }
}
