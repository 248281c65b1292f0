package com.epiduralestimator.application;

import com.epiduralestimator.domain.AspPrices;
import com.epiduralestimator.domain.BillableDiagnoses;
import com.epiduralestimator.domain.ClaimEdits;
import com.epiduralestimator.domain.EditKind;
import com.epiduralestimator.domain.Edition;
import com.epiduralestimator.domain.MueLimits;
import com.epiduralestimator.domain.PtpEdits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

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
    public Optional<Edition> edition(EditKind kind, LocalDate dateOfService) {
        return Edition.answering(editions().stream().map(LoadedEdition::edition).toList(), kind, dateOfService);
    }

    @Override
    public List<Edition> editions(EditKind kind) {
        return editions().stream().map(LoadedEdition::edition).filter(e -> e.kind() == kind).toList();
    }

    @Override
    public BillableDiagnoses diagnoses(Edition edition) {
        return table(edition, EditKind.ICD10CM, EditionText::readIcd10, BillableDiagnoses.class);
    }

    @Override
    public PtpEdits ptp(Edition edition) {
        return table(edition, edition.kind() == EditKind.PTP_HOSPITAL ? EditKind.PTP_HOSPITAL
                : EditKind.PTP_PRACTITIONER, EditionText::readPtp, PtpEdits.class);
    }

    @Override
    public MueLimits mue(Edition edition) {
        return table(edition, edition.kind() == EditKind.MUE_HOSPITAL ? EditKind.MUE_HOSPITAL
                : EditKind.MUE_PRACTITIONER, EditionText::readMue, MueLimits.class);
    }

    @Override
    public AspPrices asp(Edition edition) {
        return table(edition, EditKind.ASP, EditionText::readAsp, AspPrices.class);
    }

    private <T> T table(Edition edition, EditKind kind, BiFunction<Edition, String, T> read, Class<T> type) {
        if (edition.kind() != kind) {
            throw new IllegalArgumentException(edition.describe() + " is not a " + kind.label() + " edition");
        }
        Map<Edition, Object> cache = edition.bundled() ? BUNDLED_TABLES : tables;
        return type.cast(cache.computeIfAbsent(edition, e ->
                read.apply(e, (e.bundled() ? bundled : loaded).content(e))));
    }
}
