package com.epiduralestimator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.domain.Assignment;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.application.SupportingDiagnosesResource;
import com.epiduralestimator.domain.Approach;
import com.epiduralestimator.domain.DeclaredRegion;
import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.ImagingGuidance;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.PriorSession;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureCode;
import com.epiduralestimator.domain.Purpose;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.Substance;
import com.epiduralestimator.domain.WireNamed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageChecksTest {
    private static final CoverageChecks CHECKS = new CoverageChecks(SupportingDiagnosesResource.load(),
                new com.epiduralestimator.application.ClaimEditsCatalog(new com.epiduralestimator.cmsdata.BundledEdits(),
                        com.epiduralestimator.application.EditSource.NONE));
    private static final LocalDate D = LocalDate.parse("2025-06-01");
    /** Documentation that satisfies every check, so each case shows only its own rule. */
    private static final Documentation COMPLETE = new Documentation(Optional.of(6), Optional.of(8),
            Optional.of(new BigDecimal("7")), Optional.of(true), Optional.of(2), Optional.of(new BigDecimal("60")),
            Optional.of(16));

    /**
     * Request spec: space-separated key=value. lines=62321x1+KX,64480 region= imaging= purpose= substance= dx=
     * prior=2025-01-01:TRANSFORAMINAL relief=percent/weeks contrast=true docs=none
     */
    private static List<Finding> run(String spec) {
        Parsed parsed = parse(spec);
        EstimateInput input = parsed.input();
        List<ProcedureCode> codes = input.lines().stream()
                .map(l -> ProcedureCatalog.find(l.code()).orElseThrow()).toList();
        return CHECKS.check(input, codes.get(0).region(), codes, parsed.priors(), Optional.empty(), Optional.empty());
    }

    private record Parsed(EstimateInput input, List<PriorSession> priors) {}

    private static Parsed parse(String spec) {
        List<SessionLine> lines = new ArrayList<>();
        Optional<DeclaredRegion> region = Optional.empty();
        Optional<ImagingGuidance> imaging = Optional.of(ImagingGuidance.FLUOROSCOPY);
        Optional<Purpose> purpose = Optional.empty();
        Optional<Substance> substance = Optional.empty();
        List<String> dx = List.of("M54.12");
        List<PriorSession> priors = new ArrayList<>();
        Documentation doc = COMPLETE;
        boolean contrast = false;
        for (String kv : spec.trim().split(" +")) {
            String[] p = kv.split("=", 2);
            switch (p[0]) {
                case "lines" -> Arrays.stream(p[1].split(",")).forEach(l -> {
                    String[] mods = l.split("\\+");
                    String[] cu = mods[0].split("x");
                    lines.add(new SessionLine(new HcpcsCode(cu[0]), cu.length > 1 ? Integer.parseInt(cu[1]) : 1,
                            Arrays.asList(mods).subList(1, mods.length)));
                });
                case "region" -> region = WireNamed.parse(DeclaredRegion.class, p[1]);
                case "imaging" -> imaging = p[1].equals("absent") ? Optional.empty() : WireNamed.parse(ImagingGuidance.class, p[1]);
                case "purpose" -> purpose = WireNamed.parse(Purpose.class, p[1]);
                case "substance" -> substance = WireNamed.parse(Substance.class, p[1]);
                case "dx" -> dx = p[1].equals("none") ? List.of() : List.of(p[1].split(","));
                case "contrast" -> contrast = Boolean.parseBoolean(p[1]);
                case "prior" -> Arrays.stream(p[1].split(",")).forEach(s -> {
                    String[] dateApproach = s.split(":");
                    priors.add(new PriorSession(LocalDate.parse(dateApproach[0]),
                            EnumSet.of(Approach.valueOf(dateApproach[1]))));
                });
                case "relief" -> {
                    String[] pw = p[1].split("/");
                    doc = new Documentation(doc.conservativeCareWeeks(), doc.painDurationWeeks(),
                            doc.baselinePainScore(), doc.procedureReportWithImaging(), doc.imageViewsSaved(),
                            Optional.of(pw[0]).filter(v -> !v.equals("-")).map(BigDecimal::new),
                            Optional.of(pw[1]).filter(v -> !v.equals("-")).map(Integer::valueOf));
                }
                case "care" -> {
                    String[] cw = p[1].split("/");
                    doc = new Documentation(Optional.of(cw[0]).filter(v -> !v.equals("-")).map(Integer::valueOf),
                            Optional.of(cw[1]).filter(v -> !v.equals("-")).map(Integer::valueOf),
                            doc.baselinePainScore(),
                            doc.procedureReportWithImaging(), doc.imageViewsSaved(), doc.priorReliefPercent(),
                            doc.priorReliefWeeks());
                }
                case "docs" -> doc = Documentation.NONE;
                default -> throw new IllegalArgumentException(kv);
            }
        }
        return new Parsed(new EstimateInput(D, Setting.FACILITY, lines, region, imaging, contrast, purpose,
                substance, dx, Participation.PARTICIPATING, Optional.empty(), doc, Assignment.ACCEPTED), priors);
    }

    private static String summary(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + ":" + f.severity().wireName()).sorted()
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', value = {
            // a clean first cervical injection: nothing to say
            "lines=62321                                              | ",
            "lines=62323 region=lumbar dx=M54.16                      | ",
            // IMAGING-REQUIRED
            "lines=62321 imaging=none                                 | IMAGING-REQUIRED:error",
            "lines=64483 imaging=none dx=M54.16                       | IMAGING-REQUIRED:error",
            "lines=62321 imaging=ultrasound                           | IMAGING-REQUIRED:error",
            "lines=62321 imaging=ultrasound contrast=true             | ",
            "lines=62321 imaging=ct                                   | ",
            "lines=62321 imaging=absent                               | IMAGING-REQUIRED:warning",
            // NO-IMAGING-CODE
            "lines=62320 imaging=none                                 | NO-IMAGING-CODE:error NOT-COUNTED:info",
            "lines=62322 imaging=none dx=M54.16                       | NO-IMAGING-CODE:error NOT-COUNTED:info",
            // REGION-MISMATCH
            "lines=62321 region=lumbar                                | REGION-MISMATCH:error",
            "lines=62321 region=thoracic                              | ",
            "lines=62323 region=cervical dx=M54.16                    | REGION-MISMATCH:error",
            // NEUROLYTIC, CHEMOTHERAPY
            "lines=62321 substance=neurolytic                         | NEUROLYTIC:error",
            "lines=62281 substance=neurolytic imaging=none            | NOT-COUNTED:info",
            "lines=62321 substance=chemotherapy                       | CHEMOTHERAPY:error",
            "lines=62321 substance=steroid                            | ",
            // UNITS
            "lines=62321x2                                            | UNITS:error",
            "lines=62321,62321                                        | UNITS:error",
            "lines=64479,64480                                        | ",
            // issue 18: a third transforaminal level is LEVELS, a line not covered (ABN), no longer a UNITS slip
            "lines=64479,64480x2                                      | LEVELS:error",
            "lines=64479x2                                            | UNITS:error",
            // BILATERAL-SIDES: RT and LT of one first level are one bilateral level; unsided repeats are UNITS
            "lines=64483+RT+LT dx=M54.16                              | ",
            "lines=64483+RT,64483+LT dx=M54.16                        | ",
            "lines=64483+RT,64483+LT,64484+RT,64484+LT dx=M54.16      | ",
            "lines=64483,64483 dx=M54.16                              | UNITS:error",
            "lines=64483+RT,64483+RT dx=M54.16                        | UNITS:error",
            "lines=64483+RT,64483+LT,64484x2 dx=M54.16                | LEVELS:error",
            // ADDON-WITHOUT-PRIMARY
            "lines=64480                                              | ADDON-WITHOUT-PRIMARY:error",
            "lines=64484 dx=M54.16                                    | ADDON-WITHOUT-PRIMARY:error",
            "lines=64483,64484 dx=M54.16                              | ",
            // BILATERAL-INTERLAMINAR
            "lines=62321+50                                           | BILATERAL-INTERLAMINAR:error",
            "lines=64479+50                                           | ",
            // KX-DSNRB / KX-UNEXPECTED
            "lines=64479 purpose=diagnostic-selective-nerve-root-block    | KX-DSNRB:error",
            "lines=64479+KX purpose=diagnostic-selective-nerve-root-block | ",
            "lines=64479+KX                                           | KX-UNEXPECTED:warning",
            // one finding per code, not one per line: RT and LT lines of a DSNRB without KX
            "lines=64483+RT,64483+LT purpose=diagnostic-selective-nerve-root-block dx=M54.16 | KX-DSNRB:error",
            "lines=62321+KX purpose=diagnostic-selective-nerve-root-block | KX-UNEXPECTED:warning",
            // CONSERVATIVE-CARE (first injection)
            "lines=62321 care=2/8                                     | CONSERVATIVE-CARE:warning",
            "lines=62321 care=6/3                                     | CONSERVATIVE-CARE:warning",
            "lines=62321 care=-/-                                     | CONSERVATIVE-CARE:warning",
            "lines=62321 care=4/4                                     | ",
            // REPEAT-RESPONSE (a prior session in the window)
            "lines=62321 prior=2025-01-01:INTERLAMINAR relief=60/16   | ",
            "lines=62321 prior=2025-01-01:INTERLAMINAR relief=50/13   | ",
            "lines=62321 prior=2025-01-01:INTERLAMINAR relief=40/16   | REPEAT-RESPONSE:warning",
            "lines=62321 prior=2025-01-01:INTERLAMINAR relief=60/12   | REPEAT-RESPONSE:warning",
            "lines=62321 prior=2025-01-01:INTERLAMINAR relief=-/-     | REPEAT-RESPONSE:warning",
            // the retry exception: failed first injection, 14+ days ago, a different approach
            "lines=64479 prior=2025-05-18:INTERLAMINAR relief=10/2    | REPEAT-RESPONSE:info",
            "lines=64479 prior=2025-05-19:INTERLAMINAR relief=10/2    | REPEAT-RESPONSE:warning",
            "lines=62321 prior=2025-05-01:INTERLAMINAR relief=10/2    | REPEAT-RESPONSE:warning",
            "lines=64479 prior=2025-01-01:TRANSFORAMINAL,2025-04-01:INTERLAMINAR relief=10/2 | REPEAT-RESPONSE:warning",
            // DOCUMENTATION (and, with no documentation at all, conservative care too)
            "lines=62321 docs=none                                    | CONSERVATIVE-CARE:warning DOCUMENTATION:warning",
            // DIAGNOSIS-SUPPORT
            "lines=62321 dx=none                                      | DIAGNOSIS-SUPPORT:warning",
            "lines=62321 dx=M54.16                                    | DIAGNOSIS-SUPPORT:warning",
            "lines=62321 dx=M50.121                                   | ",
            "lines=62321 dx=m5412                                     | ",
            "lines=62323 dx=M5416                                     | ",
            "lines=62323 dx=m54.16                                    | ",
            "lines=62323 dx=m5416                                     | ",
            "lines=62323 dx=m5412                                     | DIAGNOSIS-SUPPORT:warning",
            "lines=62323 dx=M48.062                                   | ",
            "lines=62323 dx=B02.29                                    | ",
            "lines=62321 dx=M96.1                                     | ",
            "lines=62321 dx=J45.909                                   | DIAGNOSIS-SUPPORT:warning"})
    void eachRuleFindsWhatItShould(String spec, String expected) {
        List<Finding> findings = run(spec);
        assertThat(summary(findings)).isEqualTo(expected == null ? "" : expected.trim());
        // each finding carries the id, kind and source of the one rule object that made it
        for (Finding f : findings) {
            Rule rule = CHECKS.rules().stream().filter(r -> r.id().equals(f.code())).findFirst().orElseThrow();
            assertThat(f.kind()).as(f.code()).isEqualTo(rule.kind());
            assertThat(f.source()).as(f.code()).isEqualTo(rule.source());
        }
    }

    @Test
    void theRulesAreOneListWithOneObjectPerIdEachWithKindSeverityAndSource() {
        assertThat(CHECKS.rules()).extracting(Rule::id).doesNotHaveDuplicates().contains("FREQ-CAP",
                "IMAGING-REQUIRED", "NO-IMAGING-CODE", "REGION-MISMATCH", "NEUROLYTIC", "CHEMOTHERAPY", "UNITS",
                "ADDON-WITHOUT-PRIMARY", "BILATERAL-INTERLAMINAR", "KX-DSNRB", "KX-UNEXPECTED", "CONSERVATIVE-CARE",
                "REPEAT-RESPONSE", "DOCUMENTATION", "DIAGNOSIS-SUPPORT");
        assertThat(CHECKS.rules()).allSatisfy(r -> {
            assertThat(r.kind()).isNotNull();
            assertThat(r.severity()).isNotNull();
            assertThat(r.source()).isNotBlank();
        });
    }

    @Test
    void onlyARuleThatReadsThePlaceOfServiceIsJudgedAgainWithAFacilitysState() {
        assertThat(CHECKS.rules()).filteredOn(Rule::dependsOnPlaceOfService).extracting(Rule::id)
                .containsExactly("PRIOR-AUTH-WISER");
        // 62321 on 2 March 2026 in Texas, imaging not stated, nothing documented: the whole check finds more than
        // WISeR; the place-of-service check finds WISeR's warning alone, the one the whole check made
        EstimateInput input = new EstimateInput(LocalDate.parse("2026-03-02"), Setting.FACILITY,
                List.of(new SessionLine(new HcpcsCode("62321"), 1, List.of())), Optional.empty(), Optional.empty(),
                false, Optional.empty(), Optional.empty(), List.of("M54.12"), Participation.PARTICIPATING,
                Optional.empty(), Documentation.NONE, Assignment.ACCEPTED);
        ProcedureCode code = ProcedureCatalog.find(new HcpcsCode("62321")).orElseThrow();
        List<Finding> all = CHECKS.check(input, code.region(), List.of(code), List.of(), Optional.empty(),
                Optional.of("TX"));
        List<Finding> placeOfService = CHECKS.checkPlaceOfService(input, code.region(), List.of(code),
                Optional.of("TX"));
        assertThat(placeOfService).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("PRIOR-AUTH-WISER");
            assertThat(f.severity().wireName()).isEqualTo("warning");
        });
        assertThat(all).extracting(Finding::code).contains("PRIOR-AUTH-WISER", "IMAGING-REQUIRED", "DOCUMENTATION");
        assertThat(all).filteredOn(CHECKS::fromPlaceOfService).containsExactlyElementsOf(placeOfService);
    }

    @ParameterizedTest(name = "{0} suggests {1}")
    @CsvSource(delimiter = '|', value = {
            "lines=62321 region=lumbar              | report 62323",
            "lines=64483 region=cervical dx=M54.12  | report 64479",
            "lines=62321 substance=neurolytic       | report 62281",
            "lines=62323 substance=neurolytic dx=M54.16 | report 62282",
            "lines=62321 imaging=none               | 62320",
            // every coding error names its fix
            "lines=62321+50                         | remove it",
            "lines=64479x2                          | second level with its add-on code",
            "lines=64480                            | needs 64479",
            "lines=64484                            | first level is reported as 64483",
            "lines=64479 purpose=diagnostic-selective-nerve-root-block | must carry modifier KX",
            "lines=62321 substance=chemotherapy     | its own code"})
    void findingsNameTheRightCode(String spec, String expected) {
        assertThat(run(spec)).anyMatch(f -> f.message().contains(expected.trim()));
    }

    private static String lines(List<SessionLine> lines) {
        return String.join(",", lines.stream().map(l -> l.code() + (l.units() == 1 ? "" : "x" + l.units())
                + l.modifiers().stream().map(m -> "+" + m).reduce("", String::concat)).toList());
    }

    /** §4: a coding error names its fix; the payment is estimated for the claim once fixed (these lines). */
    @ParameterizedTest(name = "{0} is priced as {1}")
    @CsvSource(delimiter = '|', value = {
            "lines=62321                                              | 62321",
            "lines=62321 region=lumbar                                | 62323",
            "lines=64483,64484 region=cervical                        | 64479,64480",
            "lines=62321x2                                            | 62321",
            "lines=62321,62321                                        | 62321",
            "lines=64479x2                                            | 64479,64480",
            "lines=64483,64483                                        | 64483,64484",
            // issue 18: units beyond two levels are kept (LEVELS leaves them not covered), never dropped
            "lines=64479,64480x2                                      | 64479,64480x2",
            "lines=64483x3                                            | 64483,64484x2",
            // ... and a first level repeated on one side moves to the add-on on that side
            "lines=64483+RT,64483+RT                                  | 64483+RT,64484+RT",
            "lines=64483+RT,64483+LT                                  | 64483+RT,64483+LT",
            "lines=62321+50                                           | 62321",
            "lines=64483 purpose=diagnostic-selective-nerve-root-block | 64483+KX",
            "lines=62323 substance=neurolytic                         | 62282",
            // ADDON-WITHOUT-PRIMARY: an add-on alone is the first level, reported as its first-level code
            "lines=64480                                              | 64479",
            "lines=64484                                              | 64483",
            "lines=64484+RT,64484+LT                                  | 64483+RT,64483+LT",
            "lines=64484x2                                            | 64483,64484",
            "lines=64484 purpose=diagnostic-selective-nerve-root-block | 64483+KX",
            "lines=64479,64480                                        | 64479,64480",
            "lines=62321 substance=chemotherapy                       | 62321"})
    void aCodingErrorIsPricedAsTheClaimOnceFixed(String spec, String expected) {
        assertThat(lines(CHECKS.corrected(parse(spec).input()))).isEqualTo(expected.trim());
    }

    /** §4: the kind of each rule's finding decides what an error means: only coverage makes it not covered. */
    @ParameterizedTest(name = "{0} → {1} {2}, not covered: {3}")
    @CsvSource(delimiter = '|', value = {
            "lines=62321 imaging=none                                  | IMAGING-REQUIRED       | coverage | true",
            "lines=62320 imaging=none                                  | NO-IMAGING-CODE        | coverage | true",
            "lines=62321 region=lumbar                                 | REGION-MISMATCH        | coding   | false",
            "lines=62321x2                                             | UNITS                  | coding   | false",
            "lines=64483,64483                                         | UNITS                  | coding   | false",
            "lines=64480                                               | ADDON-WITHOUT-PRIMARY  | coding   | false",
            "lines=62321+50                                            | BILATERAL-INTERLAMINAR | coding   | false",
            "lines=64483 purpose=diagnostic-selective-nerve-root-block | KX-DSNRB               | coding   | false",
            "lines=62321 substance=neurolytic                          | NEUROLYTIC             | coding   | false",
            "lines=62321 substance=chemotherapy                        | CHEMOTHERAPY           | coding   | false",
            "lines=64479+KX                                            | KX-UNEXPECTED          | coding   | false",
            "lines=62321 care=2/8                                      | CONSERVATIVE-CARE      | documentation | false",
            "lines=62321 docs=none                                     | DOCUMENTATION          | documentation | false",
            "lines=62321 prior=2025-01-01:INTERLAMINAR relief=40/16    | REPEAT-RESPONSE        | documentation | false",
            "lines=62321 dx=none                                       | DIAGNOSIS-SUPPORT      | diagnosis | false"})
    void eachFindingHasAKindAndOnlyACoverageErrorMakesItNotCovered(String spec, String id, String kind,
                                                                  boolean notCovered) {
        Finding f = run(spec).stream().filter(x -> x.code().equals(id.trim())).findFirst().orElseThrow();
        assertThat(f.kind().wireName()).isEqualTo(kind.trim());
        assertThat(f.makesNotCovered()).isEqualTo(notCovered);
    }
}
