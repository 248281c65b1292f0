package com.epiduralestimator.domain;

import static com.epiduralestimator.domain.SpinalRegion.CERVICAL_THORACIC;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The codes in scope: every code of every procedure family (medicare-rules.md sections 1 and 7), as the family data
 * ({@link FamilyCatalog}, rules/families/) says. Regions follow A58993 verbatim for ESIs: cervical/thoracic is
 * 62321, 64479, 64480; lumbar/sacral is 62323, 64483, 64484 (a T12-L1 transforaminal injection is 64479).
 *
 * <p>The one place that says which codes form a capped session, their family, region and level limits
 * ({@link #levelLimit}): the engine (SessionReview, the rules, ClaimCoding) asks it and nothing else. It is fed by
 * the family data: the composition root (DependencyFactory) {@link #feed feeds} it the {@link Source} of the shipped
 * data (the application's FamilyCatalogSource, which reads rules/families/; the domain reads no file), read on first
 * use; a test may {@link #install} a catalog. No ServiceLoader, lambda or stream: the first estimate pays this
 * (docs/performance.md). A new family is rows in that data, not a code path here. Codes outside it
 * may be billed beside a session of a family ({@link #inFamily}) and are priced by the fee schedule.
 */
public final class ProcedureCatalog {
    private static volatile Map<HcpcsCode, ProcedureCode> codes;
    private static volatile FamilyCatalog families;
    private static volatile List<ProcedureCode> ordered;
    private static volatile Source source;

    /** Where the family data comes from: the shipped catalog, given by the composition root ({@link #feed}). */
    public interface Source extends Supplier<FamilyCatalog> {}

    private ProcedureCatalog() {}

    private static Map<HcpcsCode, ProcedureCode> codes() {
        Map<HcpcsCode, ProcedureCode> loaded = codes;
        if (loaded == null) {
            synchronized (ProcedureCatalog.class) {
                if (codes == null) {
                    if (source == null) {
                        throw new IllegalStateException("no procedure family data: the composition root feeds it"
                                + " (ProcedureCatalog.feed, DependencyFactory)");
                    }
                    install(source.get());
                }
                loaded = codes;
            }
        }
        return loaded;
    }

    /**
     * Where the catalog's family data comes from, read on first use (not now: the fees function never reads it).
     * The first source fed wins: the shipped data is one per process.
     */
    public static synchronized void feed(Source shipped) {
        if (source == null) {
            source = shipped;
        }
    }

    /** Feeds the catalog from the family data (idempotent: the shipped data is one per process). */
    public static synchronized void install(FamilyCatalog catalog) {
        Map<HcpcsCode, ProcedureCode> out = new LinkedHashMap<>();
        for (ProcedureFamily family : catalog.families()) {
            for (FamilyCode c : family.codes()) {
                out.put(c.code(), procedureCode(family, c));
            }
        }
        families = catalog;
        ordered = List.copyOf(out.values());
        codes = Map.copyOf(out);
    }

    /** The shipped family data the catalog was fed. */
    public static FamilyCatalog families() {
        codes();
        return families;
    }

    private static ProcedureCode procedureCode(ProcedureFamily family, FamilyCode c) {
        Optional<SpinalRegion> region = WireNamed.parse(SpinalRegion.class, c.region());
        if (region.isEmpty()) {
            throw new IllegalArgumentException(c.code() + ": region " + c.region() + " is no cap region");
        }
        Approach approach = Approach.valueOf(c.approach().toUpperCase(Locale.ROOT).replace('-', '_'));
        // A level code is an add-on or the first level of one: the family's levels per session limit it.
        boolean levels = c.addOn();
        for (FamilyCode other : family.codes()) {
            levels = levels || other.primaryCode().isPresent() && other.primaryCode().get().equals(c.code());
        }
        int limit = levels ? family.maxLevelsPerSession().orElse(Integer.MAX_VALUE) : Integer.MAX_VALUE;
        return new ProcedureCode(c.code(), region.get(), approach, c.imagingIncluded(), c.addOn(),
                c.countsTowardCap(), c.primaryCode(), c.counterpart().orElse(c.code()), c.label(), family.id(),
                c.coverage(), limit);
    }

    /**
     * At most this many levels of the code's family are covered per region per session (medicare-rules.md sections
     * 6 and 7: a transforaminal ESI, a facet block or an RFA session is the first level and one add-on unit);
     * unlimited for codes without levels, whose units the UNITS rule keeps to one.
     */
    public static int levelLimit(ProcedureCode code) {
        return code.levelLimit();
    }

    /** Whether the code is of a capped session family; other codes may only go beside one. */
    public static boolean inFamily(HcpcsCode code) {
        return codes().containsKey(code);
    }

    /** The family of a code, if it has one. */
    public static Optional<ProcedureFamily> familyOf(HcpcsCode code) {
        return families().familyOf(code);
    }

    /** The add-on code of a first-level code (64483 → 64484), if it has one. */
    public static Optional<HcpcsCode> addOnOf(HcpcsCode primary) {
        codes();
        for (ProcedureCode c : ordered) {
            if (c.primaryCode().isPresent() && c.primaryCode().get().equals(primary)) {
                return Optional.of(c.code());
            }
        }
        return Optional.empty();
    }

    public static Optional<ProcedureCode> find(HcpcsCode code) {
        return Optional.ofNullable(codes().get(code));
    }

    public static Collection<ProcedureCode> all() {
        codes();
        return ordered;
    }

    /** The neurolytic code for a region (suggested by the NEUROLYTIC check). */
    public static HcpcsCode neurolyticCodeFor(SpinalRegion region) {
        return new HcpcsCode(region == CERVICAL_THORACIC ? "62281" : "62282");
    }

    /** The no-imaging interlaminar code for a region (named by the IMAGING-REQUIRED check). */
    public static HcpcsCode withoutImagingCodeFor(SpinalRegion region) {
        return new HcpcsCode(region == CERVICAL_THORACIC ? "62320" : "62322");
    }
}
