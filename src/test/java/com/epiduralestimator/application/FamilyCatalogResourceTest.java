package com.epiduralestimator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.domain.CapPurpose;
import com.epiduralestimator.domain.CapWindow;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.FamilyCatalog;
import com.epiduralestimator.domain.FamilyCode;
import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.PriorAuthProgram;
import com.epiduralestimator.domain.PriorAuthProgram.Applies;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.domain.Purpose;
import com.epiduralestimator.domain.SessionCap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The procedure families as shipped in rules/families/ (medicare-rules.md sections 1, 3, 4 and 7). */
class FamilyCatalogResourceTest {
    private static final FamilyCatalog CATALOG = FamilyCatalogResource.load();

    private static ProcedureFamily family(String id) {
        return CATALOG.family(id).orElseThrow();
    }

    private static HcpcsCode c(String code) {
        return new HcpcsCode(code);
    }

    /**
     * ProcedureCatalog is fed by the family data: every family's codes, and the ESI codes exactly as the engine had
     * them before the data fed it (the rows below are the former hard-coded table: region, approach, imaging,
     * add-on's primary, counts, counterpart; the level limit only on the transforaminal codes).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "62320,CERVICAL_THORACIC,INTERLAMINAR,false,,false,62322",
            "62321,CERVICAL_THORACIC,INTERLAMINAR,true,,true,62323",
            "62322,LUMBAR_SACRAL,INTERLAMINAR,false,,false,62320",
            "62323,LUMBAR_SACRAL,INTERLAMINAR,true,,true,62321",
            "62324,CERVICAL_THORACIC,CATHETER,false,,false,62326",
            "62325,CERVICAL_THORACIC,CATHETER,true,,false,62327",
            "62326,LUMBAR_SACRAL,CATHETER,false,,false,62324",
            "62327,LUMBAR_SACRAL,CATHETER,true,,false,62325",
            "64479,CERVICAL_THORACIC,TRANSFORAMINAL,true,,true,64483",
            "64480,CERVICAL_THORACIC,TRANSFORAMINAL,true,64479,true,64484",
            "64483,LUMBAR_SACRAL,TRANSFORAMINAL,true,,true,64479",
            "64484,LUMBAR_SACRAL,TRANSFORAMINAL,true,64483,true,64480",
            "62281,CERVICAL_THORACIC,NEUROLYTIC,false,,false,62282",
            "62282,LUMBAR_SACRAL,NEUROLYTIC,false,,false,62281"})
    void theEsiCodesOfProcedureCatalogAreAsTheyWere(String code, String region, String approach, boolean imaging,
                                                    String primary, boolean counts, String counterpart) {
        ProcedureCode p = ProcedureCatalog.find(c(code)).orElseThrow();
        assertThat(p.family()).isEqualTo("esi");
        assertThat(p.region().name()).isEqualTo(region);
        assertThat(p.approach().name()).isEqualTo(approach);
        assertThat(p.imagingIncluded()).isEqualTo(imaging);
        assertThat(p.primaryCode()).isEqualTo(Optional.ofNullable(primary).map(HcpcsCode::new));
        assertThat(p.countsTowardCap()).isEqualTo(counts);
        assertThat(p.counterpart()).isEqualTo(c(counterpart));
        assertThat(ProcedureCatalog.levelLimit(p)).isEqualTo(approach.equals("TRANSFORAMINAL") ? 2 : Integer.MAX_VALUE);
        assertThat(ProcedureCatalog.inFamily(c(code))).isTrue();
    }

    @Test
    void procedureCatalogIsFedByEveryFamilyOfTheData() {
        FamilyCatalog catalog = FamilyCatalogResource.load();
        assertThat(ProcedureCatalog.all().stream().map(ProcedureCode::code).collect(Collectors.toSet()))
                .isEqualTo(catalog.families().stream().flatMap(f -> f.codes().stream()).map(FamilyCode::code)
                        .collect(Collectors.toSet()));
        for (ProcedureCode p : ProcedureCatalog.all()) {
            FamilyCode f = catalog.code(p.code()).orElseThrow();
            assertThat(p.family()).as(p.code().value()).isEqualTo(catalog.familyOf(p.code()).orElseThrow().id());
            assertThat(f.region()).as(p.code().value()).isEqualTo(p.region().wireName());
            assertThat(f.approach()).as(p.code().value()).isEqualTo(p.approach().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'));
            assertThat(f.countsTowardCap()).as(p.code().value()).isEqualTo(p.countsTowardCap());
            assertThat(f.coverage()).as(p.code().value()).isEqualTo(p.coverage());
            assertThat(f.label()).as(p.code().value()).isEqualTo(p.label());
        }
        // the facet and RFA levels (first + one add-on unit) from families.csv; SI has no levels
        assertThat(ProcedureCatalog.levelLimit(ProcedureCatalog.find(c("64494")).orElseThrow())).isEqualTo(2);
        assertThat(ProcedureCatalog.levelLimit(ProcedureCatalog.find(c("64636")).orElseThrow())).isEqualTo(2);
        assertThat(ProcedureCatalog.levelLimit(ProcedureCatalog.find(c("27096")).orElseThrow()))
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(ProcedureCatalog.find(c("27096")).orElseThrow().region()).isEqualTo(SpinalRegion.SACROILIAC);
        assertThat(ProcedureCatalog.inFamily(c("99213"))).isFalse();
    }

    @Test
    void theEsiFamilysCapsLevelsAndModifiers() {
        ProcedureFamily esi = family("esi");
        // FrequencyPolicy: 4 sessions per region in a rolling 12 months, whatever the purpose
        assertThat(esi.caps()).containsExactly(new SessionCap(CapPurpose.ANY, 4, CapWindow.ROLLING_12_MONTHS,
                esi.caps().get(0).source()));
        assertThat(esi.regions()).containsExactly("cervical-thoracic", "lumbar-sacral");
        assertThat(esi.maxLevelsPerSession()).isEqualTo(OptionalInt.of(2)); // UNITS: primary + one add-on unit
        assertThat(esi.requiredModifiers(Optional.of(Purpose.DIAGNOSTIC_SELECTIVE_NERVE_ROOT_BLOCK))).containsExactly("KX");
        assertThat(esi.requiredModifiers(Optional.of(Purpose.THERAPEUTIC))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}: {2} sessions, {3}")
    @CsvSource({
            "esi,        therapeutic, 4, ROLLING_12_MONTHS",
            "esi,        ,            4, ROLLING_12_MONTHS",
            "facet,      diagnostic,  4, ROLLING_12_MONTHS",
            "facet,      therapeutic, 4, ROLLING_12_MONTHS",
            "facet-rfa,  therapeutic, 2, ROLLING_12_MONTHS",
            "facet-rfa,  ,            2, ROLLING_12_MONTHS",
            "sacroiliac, therapeutic, 4, ROLLING_12_MONTHS",
            "sacroiliac, diagnostic,  2, WHOLE_HISTORY"})
    void eachFamilysCapPerPurpose(String id, String purpose, int limit, CapWindow window) {
        SessionCap cap = family(id).capFor(Optional.ofNullable(purpose)
                .map(p -> Purpose.valueOf(p.toUpperCase(Locale.ROOT)))).orElseThrow();
        assertThat(cap.limit()).isEqualTo(limit);
        assertThat(cap.window()).isEqualTo(window);
        assertThat(cap.source()).isNotBlank();
    }

    @Test
    void facetAndSiCountPurposesApartAndNeedThePurpose() {
        assertThat(family("facet").countsPurposesApart()).isTrue();
        assertThat(family("facet").capFor(Optional.empty())).isEmpty();
        assertThat(family("sacroiliac").countsPurposesApart()).isTrue();
        assertThat(family("esi").countsPurposesApart()).isFalse();
        assertThat(family("facet-rfa").countsPurposesApart()).isFalse();
        // a diagnostic selective nerve root block counts as diagnostic where purposes are apart
        assertThat(family("facet").capFor(Optional.of(Purpose.DIAGNOSTIC_SELECTIVE_NERVE_ROOT_BLOCK)).orElseThrow()
                .purpose()).isEqualTo(CapPurpose.DIAGNOSTIC);
    }

    @Test
    void levelsModifiersGlobalPeriodsAndSources() {
        ProcedureFamily facet = family("facet");
        assertThat(facet.maxLevelsPerSession()).isEqualTo(OptionalInt.of(2));
        assertThat(facet.code(c("64492")).orElseThrow().coverage()).isEqualTo(FamilyCode.Coverage.APPEAL_ONLY);
        assertThat(facet.code(c("64495")).orElseThrow().coverage()).isEqualTo(FamilyCode.Coverage.APPEAL_ONLY);
        assertThat(facet.code(c("64491")).orElseThrow().coverage()).isEqualTo(FamilyCode.Coverage.COVERED);
        assertThat(facet.code(c("64491")).orElseThrow().primaryCode()).contains(c("64490"));
        assertThat(facet.requiredModifiers(Optional.of(Purpose.DIAGNOSTIC))).containsExactly("KX");
        assertThat(facet.requiredModifiers(Optional.of(Purpose.THERAPEUTIC))).isEmpty();
        assertThat(facet.sources()).contains("L38803", "L38765", "L38773", "L38801", "L38841", "L33930", "L34892");
        assertThat(facet.globalDays()).isZero();

        ProcedureFamily rfa = family("facet-rfa");
        assertThat(rfa.globalDays()).isEqualTo(10);
        assertThat(rfa.maxLevelsPerSession()).isEqualTo(OptionalInt.of(2));
        assertThat(rfa.requiredModifiers(Optional.of(Purpose.DIAGNOSTIC))).isEmpty();

        ProcedureFamily si = family("sacroiliac");
        assertThat(si.regions()).containsExactly("sacroiliac");
        assertThat(si.maxLevelsPerSession()).isEmpty(); // unilateral or bilateral: one session, no levels
        assertThat(si.requiredModifiers(Optional.of(Purpose.DIAGNOSTIC))).containsExactly("KX");
        assertThat(si.sources()).contains("A59243", "L39383", "L39402", "L39455", "L39462", "L39475");
        FamilyCode physician = si.code(c("27096")).orElseThrow();
        assertThat(physician.billedBy()).isEqualTo(FamilyCode.BilledBy.PHYSICIAN);
        assertThat(physician.codeFor(true)).isEqualTo(c("G0260")); // 27096 is OPPS status B
        assertThat(physician.codeFor(false)).isEqualTo(c("27096"));
        assertThat(si.code(c("G0260")).orElseThrow().billedBy()).isEqualTo(FamilyCode.BilledBy.FACILITY);

        assertThat(CATALOG.familyOf(c("64633")).orElseThrow().id()).isEqualTo("facet-rfa");
        assertThat(CATALOG.familyOf(c("99213"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} on {1}, facility {2}, state {3}: WISeR {4}, OPD PA {5}")
    @CsvSource({
            // WISeR: ESIs only, six states, from 15 January 2026 (through 2031), any place
            "62321, 2026-01-15, ,                    TX, YES,                               NO",
            "62321, 2026-01-14, ,                    TX, NO,                                NO",
            "64484, 2031-12-31, asc,                 WA, YES,                               NO",
            "64484, 2032-01-01, asc,                 WA, NO,                                NO",
            "62323, 2026-03-01, ,                    CA, NO,                                NO",
            "62323, 2026-03-01, ,                      , IF_THE_STATE_IS_ONE_OF_ITS_STATES, NO",
            "62320, 2026-03-01, ,                    TX, NO,                                NO",
            // OPD prior authorization: facet joint interventions incl. RFA, hospital outpatient only, since July 2023
            "64493, 2023-07-01, hospital-outpatient, TX, NO,                                YES",
            "64493, 2023-06-30, hospital-outpatient, TX, NO,                                NO",
            "64635, 2026-03-01, hospital-outpatient-off-campus, , NO,                       YES",
            "64490, 2026-03-01, asc,                 TX, NO,                                NO",
            "64490, 2026-03-01, ,                    TX, NO,                                NO",
            "27096, 2026-03-01, hospital-outpatient, TX, NO,                                NO"})
    void priorAuthorizationByProgram(String code, LocalDate date, String facility, String state, Applies wiser,
                                     Applies opd) {
        Optional<FacilityType> type = Optional.ofNullable(facility).map(f -> com.epiduralestimator.domain.WireNamed
                .parse(FacilityType.class, f).orElseThrow());
        Map<PriorAuthProgram, Applies> found = CATALOG.programsFor(c(code), date, type, Optional.ofNullable(state));
        PriorAuthProgram wiserProgram = CATALOG.programs().stream().filter(p -> p.id().equals("wiser")).findFirst()
                .orElseThrow();
        PriorAuthProgram opdProgram = CATALOG.programs().stream().filter(p -> p.id().equals("opd-prior-authorization"))
                .findFirst().orElseThrow();
        assertThat(found.getOrDefault(wiserProgram, Applies.NO)).isEqualTo(wiser);
        assertThat(found.getOrDefault(opdProgram, Applies.NO)).isEqualTo(opd);
        assertThat(opdProgram.conditionOfPayment()).isTrue();
        assertThat(wiserProgram.conditionOfPayment()).isFalse();
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBrokenRowIsNamedByFileAndLine() {
        assertThatThrownBy(() -> FamilyCatalogResource.read(name -> name.equals("caps.csv")
                ? text("# header\nesi,sometimes,4,rolling-12-months,src\n")
                : FamilyCatalogResource.class.getResourceAsStream(FamilyCatalogResource.ROOT + name)))
                .hasMessageContaining("/rules/families/caps.csv line 2")
                .hasMessageContaining("'sometimes' is not one of [any, diagnostic, therapeutic]");
        assertThatThrownBy(() -> FamilyCatalogResource.read(name -> name.equals("modifiers.csv")
                ? text("cervical,diagnostic,KX,src\n")
                : FamilyCatalogResource.class.getResourceAsStream(FamilyCatalogResource.ROOT + name)))
                .hasMessageContaining("family 'cervical', which families.csv lacks");
    }

    /** The hand-written cell reading (no regular expression: performance.md) refuses what the pattern refused. */
    @Test
    void aCodeThatIsNotFiveUpperCaseLettersOrDigitsIsRefusedAndWordsSplitOnAnyWhitespace() {
        for (String bad : new String[] {"6232", "623211", "6232a", "6232-"}) {
            assertThatThrownBy(() -> FamilyCatalogResource.read(name -> name.equals("prior-authorization.csv")
                    ? text("x,X program,62321 " + bad + ",any,,2026-01-15,,no,src\n")
                    : FamilyCatalogResource.class.getResourceAsStream(FamilyCatalogResource.ROOT + name)))
                    .hasMessageContaining("/rules/families/prior-authorization.csv line 1")
                    .hasMessageContaining("not a HCPCS code: '" + bad + "'");
        }
        FamilyCatalog read = FamilyCatalogResource.read(name -> name.equals("prior-authorization.csv")
                ? text("x,X program, 62321 \t 62323  ,any,TX  WA,2026-01-15,,no,a source, with commas\n")
                : FamilyCatalogResource.class.getResourceAsStream(FamilyCatalogResource.ROOT + name));
        PriorAuthProgram x = read.programs().get(0);
        assertThat(x.codes()).containsExactlyInAnyOrder(c("62321"), c("62323"));
        assertThat(x.states()).containsExactlyInAnyOrder("TX", "WA");
        assertThat(x.source()).isEqualTo("a source, with commas");
    }
}
