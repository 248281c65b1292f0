package com.epiduralestimator.domain;

import static com.epiduralestimator.domain.Approach.CATHETER;
import static com.epiduralestimator.domain.Approach.INTERLAMINAR;
import static com.epiduralestimator.domain.Approach.NEUROLYTIC;
import static com.epiduralestimator.domain.Approach.TRANSFORAMINAL;
import static com.epiduralestimator.domain.SpinalRegion.CERVICAL_THORACIC;
import static com.epiduralestimator.domain.SpinalRegion.LUMBAR_SACRAL;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The codes in scope (medicare-rules.md section 1). Regions follow A58993 verbatim: cervical/thoracic is
 * 62321, 64479, 64480; lumbar/sacral is 62323, 64483, 64484 (a T12-L1 transforaminal injection is 64479).
 *
 * <p>The one place that says which codes form a capped session, their region and their level limits
 * ({@link #levelLimit}): the engine (SessionReview, the rules, ClaimCoding) asks it and nothing else, so a later
 * data-driven family (facet, RFA, SI) replaces what this class answers, not the engine. Codes outside it may be
 * billed beside a session of the family ({@link #inFamily}) and are priced by the fee schedule.
 */
public final class ProcedureCatalog {
    private static final Map<HcpcsCode, ProcedureCode> CODES = new LinkedHashMap<>();

    static {
        add("62320", CERVICAL_THORACIC, INTERLAMINAR, false, false, false, null, "62322",
                "Interlaminar epidural injection, cervical/thoracic, without imaging guidance");
        add("62321", CERVICAL_THORACIC, INTERLAMINAR, true, false, true, null, "62323",
                "Interlaminar epidural injection, cervical/thoracic, with imaging guidance (fluoroscopy or CT)");
        add("62322", LUMBAR_SACRAL, INTERLAMINAR, false, false, false, null, "62320",
                "Interlaminar or caudal epidural injection, lumbar/sacral, without imaging guidance");
        add("62323", LUMBAR_SACRAL, INTERLAMINAR, true, false, true, null, "62321",
                "Interlaminar or caudal epidural injection, lumbar/sacral, with imaging guidance (fluoroscopy or CT)");
        add("62324", CERVICAL_THORACIC, CATHETER, false, false, false, null, "62326",
                "Epidural catheter infusion or bolus, cervical/thoracic, without imaging guidance");
        add("62325", CERVICAL_THORACIC, CATHETER, true, false, false, null, "62327",
                "Epidural catheter infusion or bolus, cervical/thoracic, with imaging guidance");
        add("62326", LUMBAR_SACRAL, CATHETER, false, false, false, null, "62324",
                "Epidural catheter infusion or bolus, lumbar/sacral, without imaging guidance");
        add("62327", LUMBAR_SACRAL, CATHETER, true, false, false, null, "62325",
                "Epidural catheter infusion or bolus, lumbar/sacral, with imaging guidance");
        add("64479", CERVICAL_THORACIC, TRANSFORAMINAL, true, false, true, null, "64483",
                "Transforaminal epidural injection, cervical/thoracic, first level, with imaging guidance");
        add("64480", CERVICAL_THORACIC, TRANSFORAMINAL, true, true, true, "64479", "64484",
                "Transforaminal epidural injection, cervical/thoracic, each additional level (add-on to 64479)");
        add("64483", LUMBAR_SACRAL, TRANSFORAMINAL, true, false, true, null, "64479",
                "Transforaminal epidural injection, lumbar/sacral, first level, with imaging guidance");
        add("64484", LUMBAR_SACRAL, TRANSFORAMINAL, true, true, true, "64483", "64480",
                "Transforaminal epidural injection, lumbar/sacral, each additional level (add-on to 64483)");
        add("62281", CERVICAL_THORACIC, NEUROLYTIC, false, false, false, null, "62282",
                "Neurolytic epidural injection, cervical/thoracic");
        add("62282", LUMBAR_SACRAL, NEUROLYTIC, false, false, false, null, "62281",
                "Neurolytic epidural injection, lumbar/sacral");
    }

    private ProcedureCatalog() {}

    private static void add(String code, SpinalRegion region, Approach approach, boolean imaging, boolean addOn,
                            boolean counts, String primary, String counterpart, String label) {
        HcpcsCode hcpcs = new HcpcsCode(code);
        CODES.put(hcpcs, new ProcedureCode(hcpcs, region, approach, imaging, addOn, counts,
                Optional.ofNullable(primary).map(HcpcsCode::new), new HcpcsCode(counterpart), label));
    }

    /**
     * At most this many levels of an approach are covered per region per session (medicare-rules.md section 6,
     * LEVELS: a transforaminal session is the first level and one add-on unit); unlimited for the others, whose units
     * the UNITS rule keeps to one.
     */
    public static int levelLimit(Approach approach) {
        return approach == TRANSFORAMINAL ? 2 : Integer.MAX_VALUE;
    }

    /** Whether the code is of the capped session family (an ESI family code); other codes may only go beside one. */
    public static boolean inFamily(HcpcsCode code) {
        return CODES.containsKey(code);
    }

    /** The add-on code of a first-level code (64483 → 64484), if it has one. */
    public static Optional<HcpcsCode> addOnOf(HcpcsCode primary) {
        return CODES.values().stream().filter(c -> c.primaryCode().equals(Optional.of(primary)))
                .map(ProcedureCode::code).findFirst();
    }

    public static Optional<ProcedureCode> find(HcpcsCode code) {
        return Optional.ofNullable(CODES.get(code));
    }

    public static Collection<ProcedureCode> all() {
        return CODES.values();
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
