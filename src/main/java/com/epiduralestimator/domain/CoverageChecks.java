package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The coding and coverage checks of medicare-rules.md section 4 (and FREQ-CAP): each yields findings. */
public final class CoverageChecks {
    static final String LCD = "LCD L39240";
    static final String ARTICLE = "Billing article A58993";

    /** Decision: "≥ 3 months" of relief is read as at least 13 weeks (91 days covers any three calendar months). */
    static final int SUSTAINED_RELIEF_WEEKS = 13;
    static final BigDecimal SUSTAINED_RELIEF_PERCENT = new BigDecimal("50");
    static final int MIN_CONSERVATIVE_CARE_WEEKS = 4;
    static final int MIN_PAIN_WEEKS = 4;
    static final int RETRY_AFTER_FAILED_FIRST_DAYS = 14;
    static final int MIN_IMAGE_VIEWS = 2;
    static final int MAX_TRANSFORAMINAL_LEVELS = 2;

    private final SupportingDiagnoses diagnoses;

    public CoverageChecks(SupportingDiagnoses diagnoses) {
        this.diagnoses = diagnoses;
    }

    /**
     * @param region    the one region all lines belong to (FREQ-ONE-REGION is enforced before)
     * @param codes     the catalog entry of each line, in line order
     * @param priors    the region's recorded sessions inside the window (before the date of service)
     * @param frequency the cap's verdict, empty when no line counts toward the cap
     */
    public List<Finding> check(EstimateInput input, SpinalRegion region, List<ProcedureCode> codes,
                               List<PriorSession> priors, Optional<FrequencyResult> frequency) {
        List<Finding> findings = new ArrayList<>();
        frequencyCap(frequency, region, findings);
        imaging(input, codes, findings);
        noImagingCode(codes, findings);
        regionMismatch(input, codes, findings);
        substance(input, codes, region, findings);
        units(input, codes, findings);
        addOns(input, codes, findings);
        bilateral(input, codes, findings);
        modifierKx(input, codes, findings);
        boolean coveredEsi = codes.stream().anyMatch(ProcedureCode::countsTowardCap);
        if (coveredEsi) {
            priorCareAndResponse(input, codes, priors, findings);
            documentation(input, findings);
            diagnosis(input, region, findings);
        } else {
            findings.add(Finding.info("NOT-COUNTED",
                    "None of these codes is a covered ESI counted toward the 4-sessions-per-region cap.", LCD));
        }
        return findings;
    }

    private static void frequencyCap(Optional<FrequencyResult> frequency, SpinalRegion region, List<Finding> out) {
        frequency.filter(f -> !f.eligible()).ifPresent(f -> out.add(Finding.error("FREQ-CAP",
                "The patient already had " + f.priorSessions() + " " + region.wireName()
                        + " ESI sessions between " + f.windowStart() + " and " + f.windowEnd()
                        + "; at most " + f.limit() + " are covered in a rolling 12 months. Next eligible on "
                        + f.nextEligibleDate().map(LocalDate::toString).orElse("(unknown)") + ".", LCD)));
    }

    private static void imaging(EstimateInput input, List<ProcedureCode> codes, List<Finding> out) {
        List<ProcedureCode> needImaging = codes.stream()
                .filter(c -> c.imagingIncluded() && c.approach() != Approach.CATHETER).distinct().toList();
        if (needImaging.isEmpty()) {
            return;
        }
        String names = needImaging.stream().map(ProcedureCode::code).collect(Collectors.joining(", "));
        ImagingGuidance guidance = input.imagingGuidance().orElse(null);
        if (guidance == null) {
            out.add(Finding.warning("IMAGING-REQUIRED", names + " is covered only with fluoroscopy or CT guidance,"
                    + " and the request does not state the guidance used: the record must show it.", LCD));
        } else if (guidance == ImagingGuidance.NONE) {
            SpinalRegion region = needImaging.get(0).region();
            out.add(Finding.error("IMAGING-REQUIRED", names + " requires fluoroscopy or CT guidance. Without imaging"
                    + " the service is " + ProcedureCatalog.withoutImagingCodeFor(region)
                    + ", which is not a covered ESI either.", LCD));
        } else if (guidance == ImagingGuidance.ULTRASOUND && !input.contrastContraindicated()) {
            out.add(Finding.error("IMAGING-REQUIRED", names + " requires fluoroscopy or CT guidance; ultrasound is"
                    + " accepted only when contrast is contraindicated (set contrastContraindicated).", LCD));
        }
    }

    private static void noImagingCode(List<ProcedureCode> codes, List<Finding> out) {
        codes.stream().filter(c -> c.approach() == Approach.INTERLAMINAR && !c.imagingIncluded())
                .map(ProcedureCode::code).distinct()
                .forEach(code -> out.add(Finding.error("NO-IMAGING-CODE", code + " is an epidural injection without"
                        + " imaging guidance, which the ESI LCDs do not cover.", LCD)));
    }

    private static void regionMismatch(EstimateInput input, List<ProcedureCode> codes, List<Finding> out) {
        input.declaredRegion().ifPresent(declared -> codes.stream()
                .filter(c -> c.region() != declared.spinalRegion())
                .map(ProcedureCode::code).distinct()
                .forEach(code -> out.add(Finding.error("REGION-MISMATCH", "Code " + code + " is a "
                        + ProcedureCatalog.find(code).orElseThrow().region().wireName() + " code but the declared"
                        + " level is " + declared.wireName() + ": report "
                        + ProcedureCatalog.find(code).orElseThrow().counterpart() + " instead.", ARTICLE))));
    }

    private static void substance(EstimateInput input, List<ProcedureCode> codes, SpinalRegion region,
                                  List<Finding> out) {
        Substance substance = input.substance().orElse(null);
        if (substance == Substance.NEUROLYTIC) {
            boolean epiduralCode = codes.stream().anyMatch(c -> c.code().startsWith("6232"));
            if (epiduralCode) {
                out.add(Finding.error("NEUROLYTIC", "A neurolytic substance is not reported with 62320-62327:"
                        + " report " + ProcedureCatalog.neurolyticCodeFor(region) + ".", ARTICLE));
            }
        } else if (substance == Substance.CHEMOTHERAPY) {
            out.add(Finding.error("CHEMOTHERAPY",
                    "Chemotherapy is not reported with an epidural injection code.", ARTICLE));
        }
    }

    private static void units(EstimateInput input, List<ProcedureCode> codes, List<Finding> out) {
        int transforaminalLevels = 0;
        for (int i = 0; i < codes.size(); i++) {
            ProcedureCode code = codes.get(i);
            SessionLine line = input.lines().get(i);
            if (code.approach() == Approach.INTERLAMINAR) {
                long sameCodeUnits = sumUnits(input, codes, code.code());
                if (line.units() != 1 || sameCodeUnits > 1) {
                    out.add(Finding.error("UNITS", code.code() + " is reported with 1 unit: one interlaminar"
                            + " level per session.", ARTICLE));
                    return;
                }
            }
            if (code.approach() == Approach.TRANSFORAMINAL) {
                if (!code.addOn() && line.units() != 1) {
                    out.add(Finding.error("UNITS", code.code() + " is the first level: report 1 unit and"
                            + " the second level with its add-on code.", ARTICLE));
                    return;
                }
                transforaminalLevels += line.units();
            }
        }
        if (transforaminalLevels > MAX_TRANSFORAMINAL_LEVELS) {
            out.add(Finding.error("UNITS", "At most " + MAX_TRANSFORAMINAL_LEVELS + " transforaminal levels per"
                    + " session (the first level and one add-on unit); this session has "
                    + transforaminalLevels + ".", ARTICLE));
        }
    }

    private static long sumUnits(EstimateInput input, List<ProcedureCode> codes, String code) {
        long units = 0;
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).code().equals(code)) {
                units += input.lines().get(i).units();
            }
        }
        return units;
    }

    private static void addOns(EstimateInput input, List<ProcedureCode> codes, List<Finding> out) {
        Set<String> present = codes.stream().map(ProcedureCode::code).collect(Collectors.toSet());
        codes.stream().filter(ProcedureCode::addOn).distinct()
                .filter(c -> !present.contains(c.primaryCode()))
                .forEach(c -> out.add(Finding.error("ADDON-WITHOUT-PRIMARY", c.code() + " is an add-on code: it"
                        + " needs " + c.primaryCode() + " on the same session.", ARTICLE)));
    }

    private static void bilateral(EstimateInput input, List<ProcedureCode> codes, List<Finding> out) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).approach() == Approach.INTERLAMINAR && input.lines().get(i).hasModifier("50")) {
                out.add(Finding.error("BILATERAL-INTERLAMINAR", "Modifier 50 (bilateral) on the interlaminar code "
                        + codes.get(i).code() + " is not covered.", ARTICLE));
            }
        }
    }

    private static void modifierKx(EstimateInput input, List<ProcedureCode> codes, List<Finding> out) {
        boolean dsnrb = input.purpose().orElse(null) == Purpose.DIAGNOSTIC_SELECTIVE_NERVE_ROOT_BLOCK;
        for (int i = 0; i < codes.size(); i++) {
            ProcedureCode code = codes.get(i);
            boolean kx = input.lines().get(i).hasModifier("KX");
            boolean dsnrbLine = dsnrb && code.approach() == Approach.TRANSFORAMINAL;
            if (dsnrbLine && !kx) {
                out.add(Finding.error("KX-DSNRB", "A diagnostic selective nerve root block must carry modifier KX"
                        + " on " + code.code() + ".", ARTICLE));
            } else if (!dsnrbLine && kx) {
                out.add(Finding.warning("KX-UNEXPECTED", "Modifier KX on " + code.code() + ", which is not a"
                        + " transforaminal diagnostic selective nerve root block: the claim may be rejected.", ARTICLE));
            }
        }
    }

    /**
     * CONSERVATIVE-CARE before a first injection; REPEAT-RESPONSE for a repeat. Decision: "first" means no session
     * of the region recorded in the 12-month window, the only history the estimate reads.
     */
    private static void priorCareAndResponse(EstimateInput input, List<ProcedureCode> codes,
                                             List<PriorSession> priors, List<Finding> out) {
        Documentation doc = input.documentation();
        if (priors.isEmpty()) {
            List<String> missing = new ArrayList<>();
            if (doc.painDurationWeeks() == null || doc.painDurationWeeks() < MIN_PAIN_WEEKS) {
                missing.add("pain for at least " + MIN_PAIN_WEEKS + " weeks" + stated(doc.painDurationWeeks()));
            }
            if (doc.conservativeCareWeeks() == null || doc.conservativeCareWeeks() < MIN_CONSERVATIVE_CARE_WEEKS) {
                missing.add("at least " + MIN_CONSERVATIVE_CARE_WEEKS + " weeks of failed conservative care"
                        + stated(doc.conservativeCareWeeks()));
            }
            if (!missing.isEmpty()) {
                out.add(Finding.warning("CONSERVATIVE-CARE", "Before a first injection the record must show "
                        + String.join(" and ", missing) + ".", LCD));
            }
            return;
        }
        BigDecimal relief = doc.priorReliefPercent();
        Integer weeks = doc.priorReliefWeeks();
        boolean sustained = relief != null && relief.compareTo(SUSTAINED_RELIEF_PERCENT) >= 0
                && weeks != null && weeks >= SUSTAINED_RELIEF_WEEKS;
        if (sustained) {
            return;
        }
        if (isRetryAfterFailedFirst(input, codes, priors, relief)) {
            out.add(Finding.info("REPEAT-RESPONSE", "A retry at least " + RETRY_AFTER_FAILED_FIRST_DAYS
                    + " days after a failed first injection, with a different approach, does not need the 50%"
                    + " response.", LCD));
            return;
        }
        out.add(Finding.warning("REPEAT-RESPONSE", "A repeat injection needs at least 50% sustained improvement"
                + " for at least 3 months (" + SUSTAINED_RELIEF_WEEKS + " weeks) after the previous one, on the same"
                + " scale; the request states " + (relief == null ? "no relief" : relief.stripTrailingZeros()
                .toPlainString() + "% relief") + (weeks == null ? "" : " for " + weeks + " weeks") + ".", LCD));
    }

    private static boolean isRetryAfterFailedFirst(EstimateInput input, List<ProcedureCode> codes,
                                                   List<PriorSession> priors, BigDecimal relief) {
        if (priors.size() != 1 || relief == null || relief.compareTo(SUSTAINED_RELIEF_PERCENT) >= 0) {
            return false;
        }
        PriorSession first = priors.get(0);
        long days = ChronoUnit.DAYS.between(first.date(), input.dateOfService());
        Set<Approach> now = EnumSet.noneOf(Approach.class);
        codes.forEach(c -> now.add(c.approach()));
        return days >= RETRY_AFTER_FAILED_FIRST_DAYS && !first.approaches().isEmpty()
                && now.stream().noneMatch(first.approaches()::contains);
    }

    private static String stated(Integer weeks) {
        return weeks == null ? " (not stated)" : " (stated: " + weeks + ")";
    }

    private static void documentation(EstimateInput input, List<Finding> out) {
        Documentation doc = input.documentation();
        List<String> missing = new ArrayList<>();
        if (doc.baselinePainScore() == null) {
            missing.add("a baseline pain/function score");
        }
        if (!Boolean.TRUE.equals(doc.procedureReportWithImaging())) {
            missing.add("a procedure report with the imaging guidance and needle placement");
        }
        if (doc.imageViewsSaved() == null || doc.imageViewsSaved() < MIN_IMAGE_VIEWS) {
            missing.add("saved images (at least " + MIN_IMAGE_VIEWS + " views) of final needle position and"
                    + " contrast flow");
        }
        if (!missing.isEmpty()) {
            out.add(Finding.warning("DOCUMENTATION", "The record should hold " + String.join("; ", missing)
                    + ", and the post-procedure relief percentage afterwards.", LCD));
        }
    }

    private void diagnosis(EstimateInput input, SpinalRegion region, List<Finding> out) {
        if (input.diagnosisCodes().isEmpty()) {
            out.add(Finding.warning("DIAGNOSIS-SUPPORT", "No diagnosis given: the claim needs a diagnosis that"
                    + " supports an ESI in the " + region.wireName() + " region, e.g. radiculopathy.", ARTICLE));
            return;
        }
        boolean supported = input.diagnosisCodes().stream().anyMatch(code -> diagnoses.supports(region, code));
        if (!supported) {
            out.add(Finding.warning("DIAGNOSIS-SUPPORT", "None of the diagnoses given is in the supporting list"
                    + " for the " + region.wireName() + " region (radiculopathy, disc disorder with radiculopathy,"
                    + " spinal stenosis, post-laminectomy syndrome, acute herpes zoster).", ARTICLE));
        }
    }
}
