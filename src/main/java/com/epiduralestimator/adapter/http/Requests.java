package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.OtherSession;
import com.epiduralestimator.application.PatientIds;
import com.epiduralestimator.application.PerformedBy;
import com.epiduralestimator.domain.Assignment;
import com.epiduralestimator.domain.DeclaredRegion;
import com.epiduralestimator.domain.Documentation;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.DrugLines;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.ImagingGuidance;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.domain.Participation;
import com.epiduralestimator.domain.Purpose;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.SpinalLevels;
import com.epiduralestimator.domain.Substance;
import com.epiduralestimator.domain.ZipCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns request bodies and query strings into the use cases' inputs, or a 400 listing every bad field. */
final class Requests {
    static final Pattern CODE = HcpcsCode.FORMAT;
    /** Any string: the patient id's characters are judged by {@link PatientIds}, which names the one at fault. */
    private static final Pattern ANY_TEXT = Pattern.compile("(?s).*");
    static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");
    /** The modifier rows a fee lookup prices besides the global service: the components and the reduced service. */
    static final List<String> MODIFIER_ROWS = List.of("26", "TC", "53");
    static final Pattern MODIFIER_ROW = Pattern.compile(String.join("|", MODIFIER_ROWS));
    static final Pattern LEVEL = Pattern.compile("[CTLS][0-9]{1,2}(-[CTLS][0-9]{1,2})?");
    static final Pattern BOOLEAN = Pattern.compile("true|false");
    static final Pattern LOCALITY = Pattern.compile("\\d{7}");
    static final Pattern ZIP = Pattern.compile("\\d{5}(-?\\d{4})?");
    /** Dotted or undotted, any case (M54.16 = M5416 = m54.16): EstimateInput keeps one spelling. */
    static final Pattern ICD10 = Pattern.compile("[A-TV-Z][0-9][0-9AB](\\.?[0-9A-TV-Z]{1,4})?",
            Pattern.CASE_INSENSITIVE);
    static final int MAX_LINES = 10;
    static final int MAX_UNITS = 99;
    /**
     * A drug line's units: a Part B drug is billed per its HCPCS unit (J1010 per 1 mg: 120 mg is 120 units), so a J
     * code may carry up to 9,999; the MUE still judges the units.
     */
    static final int MAX_DRUG_UNITS = 9999;

    private Requests() {}

    record Place(Optional<LocalityId> locality, Optional<ZipCode> zip) {}

    record FeeQuery(HcpcsCode code, String modifier, Setting setting, LocalDate date, Place place, boolean qualifyingApm) {}

    /** @param patientId absent: the whole bill "if covered", without the 12-month check (issue 21) */
    record Estimate(Optional<String> patientId, EstimateInput input, Place place, boolean qualifyingApm,
                    List<OtherSession> otherSessions, com.epiduralestimator.application.BillOptions bill,
                    com.epiduralestimator.application.FacilityWhere where) {}

    record Session(String patientId, LocalDate dateOfService, List<SessionLine> lines, PerformedBy performedBy,
                   Optional<Purpose> purpose) {}

    static FeeQuery feeQuery(java.util.Map<String, String> query, LocalDate today) {
        QueryReader q = QueryReader.of(query);
        if (q.has("patientId")) {
            q.error("patientId", "patient identifiers are never accepted in URLs");
            q.skip("patientId");
        }
        Optional<HcpcsCode> code = code(q.requiredString("code", 5, CODE, HcpcsCode.FORMAT_HINT));
        Optional<String> modifier = q.string("modifier", 2, MODIFIER_ROW, "must be one of " + String.join(", ", MODIFIER_ROWS));
        Optional<Setting> setting = q.enumValue("setting", true, Setting.class);
        Optional<LocalDate> date = q.date("date", false);
        Optional<String> apm = q.string("apm", 5, BOOLEAN, "must be true or false");
        Place place = place(q);
        q.finish("fee query");
        return new FeeQuery(code.orElseThrow(), modifier.orElse(""), setting.orElseThrow(), date.orElse(today), place,
                apm.isPresent() && Boolean.parseBoolean(apm.get()));
    }

    static Estimate estimate(String body) {
        BodyReader r = BodyReader.ofJsonBody(body);
        // issue 21: optional on an estimate (without it, the whole bill "if covered", no stored session read)
        Optional<String> patientId = r.has("patientId") ? patientId(r) : Optional.empty();
        Optional<LocalDate> date = r.date("dateOfService", true);
        Optional<Setting> setting = r.enumValue("setting", true, Setting.class);
        List<SessionLine> lines = lines(r, true);
        Place place = place(r);
        Optional<DeclaredRegion> region = r.enumValue("region", false, DeclaredRegion.class);
        Optional<ImagingGuidance> imaging = r.enumValue("imagingGuidance", false, ImagingGuidance.class);
        Optional<Boolean> contrastContraindicated = r.bool("contrastContraindicated");
        Optional<Purpose> purpose = r.enumValue("purpose", false, Purpose.class);
        Optional<Substance> substance = r.enumValue("substance", false, Substance.class);
        List<String> diagnoses = r.strings("diagnosisCodes", 12, ICD10, "must be an ICD-10-CM code, e.g. M54.12");
        Optional<Participation> participation = r.enumValue("participation", false, Participation.class);
        Optional<Money> deductible = r.money("deductibleRemaining", new BigDecimal("100000"));
        Optional<Assignment> assignment = r.enumValue("assignment", false, Assignment.class);
        if (assignment.orElse(Assignment.ACCEPTED) == Assignment.NOT_ACCEPTED
                && participation.orElse(Participation.PARTICIPATING) != Participation.NON_PARTICIPATING) {
            r.error("assignment", "not-accepted only with participation non-participating: a participating"
                    + " practice always accepts assignment");
        }
        Optional<Boolean> qualifyingApm = r.bool("qualifyingApm");
        List<OtherSession> otherSessions = SessionRequests.otherSessions(r);
        com.epiduralestimator.application.BillOptions bill = BillRequests.read(r);
        Optional<com.epiduralestimator.domain.AdvantagePlan> plan = AdvantageRequests.read(r); // issue 20
        com.epiduralestimator.application.FacilityWhere where = DirectoryRequests.where(r);
        Optional<BodyReader> documented = r.object("documentation");
        Documentation documentation = documented.isPresent() ? DocumentationRequests.read(documented.get())
                : Documentation.NONE;
        r.finish("estimate request");
        EstimateInput input = new EstimateInput(date.orElseThrow(), setting.orElseThrow(), lines, region, imaging,
                contrastContraindicated.orElse(false), purpose, substance, diagnoses,
                participation.orElse(Participation.PARTICIPATING), deductible, documentation,
                assignment.orElse(Assignment.ACCEPTED), plan);
        return new Estimate(patientId, input, place, qualifyingApm.orElse(false), otherSessions, bill, where);
    }

    static Session session(String body) {
        BodyReader r = BodyReader.ofJsonBody(body);
        Optional<String> patientId = patientId(r);
        Optional<LocalDate> date = r.date("dateOfService", true);
        List<SessionLine> lines = lines(r);
        Optional<PerformedBy> performedBy = r.enumValue("performedBy", false, PerformedBy.class);
        Optional<Purpose> purpose = r.enumValue("purpose", false, Purpose.class);
        r.finish("session");
        return new Session(patientId.orElseThrow(), date.orElseThrow(), lines,
                performedBy.orElse(PerformedBy.THIS_PRACTICE), purpose);
    }

    /**
     * The patient id as sent (it is keyed in its canonical form, {@link PatientIds#canonical}): one outside the
     * closed set is a 400 naming the first character at fault by code point and position, never quoting the id.
     */
    static Optional<String> patientId(BodyReader r) {
        Optional<String> id = r.requiredString("patientId", PatientIds.MAX_LENGTH, ANY_TEXT, "");
        if (id.isEmpty()) {
            return id;
        }
        try {
            PatientIds.canonical(id.get());
        } catch (InvalidFieldException e) {
            r.error("patientId", e.getMessage());
            return Optional.empty();
        }
        return id;
    }

    /** A recorded session's lines: without levels (a session's region is its codes'). */
    static List<SessionLine> lines(BodyReader r) {
        return lines(r, false);
    }

    /**
     * The one-line form (code, units, modifiers) or the multi-line form (lines): exactly one of them. With
     * {@code withLevels}, a line of the multi-line form may carry {@code levels}, one per unit.
     */
    static List<SessionLine> lines(BodyReader r, boolean withLevels) {
        boolean single = r.has("code") || r.has("units") || r.has("modifiers");
        boolean multi = r.has("lines");
        if (single && multi) {
            r.error("lines", "give code/units/modifiers or lines, not both");
            r.string("code", 5, CODE, "");
            r.integer("units", 1, MAX_UNITS);
            r.strings("modifiers", 4, MODIFIER, "");
            r.objects("lines", 1, MAX_LINES);
            return List.of();
        }
        if (!single && !multi) {
            r.error("code", "is required (or lines)");
            return List.of();
        }
        if (single) {
            r.skip("lines"); // null here: read as absent, as every null
            Optional<SessionLine> line = line(r);
            return line.isPresent() ? List.of(line.get()) : List.of();
        }
        // null (or absent) here, likewise; no lambdas or streams on the estimate's path (docs/performance.md)
        r.skip("code");
        r.skip("units");
        r.skip("modifiers");
        List<SessionLine> lines = new ArrayList<>();
        for (BodyReader item : r.objects("lines", 1, MAX_LINES)) {
            Optional<SessionLine> line = line(item);
            List<String> levels = withLevels ? levels(item, line.isPresent() ? line.get().units() : 1) : List.of();
            if (!withLevels && item.has("levels")) {
                item.error("levels", "is read by estimates only: a recorded session's region is its codes'");
                item.skip("levels");
            }
            if (line.isPresent()) {
                SessionLine l = line.get();
                lines.add(new SessionLine(l.code(), l.units(), l.modifiers(), levels));
            }
            item.rejectUnknown();
        }
        return lines;
    }

    /** {@code levels}: spinal levels (SpinalLevels.ALL), one per unit, none repeated. */
    private static List<String> levels(BodyReader item, int units) {
        List<String> levels = item.strings("levels", MAX_UNITS, LEVEL, "must be a spinal level such as L4-L5,"
                + " T12-L1, L5-S1 or C6-C7");
        if (levels.isEmpty()) {
            return levels;
        }
        if (levels.size() != units) {
            item.error("levels", "one level per unit: " + units + " unit(s), " + levels.size() + " level(s)");
        } else if (new HashSet<>(levels).size() != levels.size()) {
            item.error("levels", "must not repeat a level");
        } else if (!SpinalLevels.ALL.containsAll(levels)) { // SpinalLevels.valid, each
            item.error("levels", "must be spinal levels such as L4-L5, T12-L1, L5-S1 or C6-C7");
        }
        return levels;
    }

    private static Optional<HcpcsCode> code(Optional<String> value) {
        return value.isPresent() ? Optional.of(new HcpcsCode(value.get())) : Optional.empty();
    }

    private static Optional<SessionLine> line(BodyReader r) {
        Optional<HcpcsCode> code = code(r.requiredString("code", 5, CODE, HcpcsCode.FORMAT_HINT));
        boolean drug = code.isPresent() && DrugLines.isDrug(code.get());
        Optional<Integer> units = r.integer("units", 1, drug ? MAX_DRUG_UNITS : MAX_UNITS);
        List<String> modifiers = r.strings("modifiers", 4, MODIFIER, "must be a 2-character modifier, e.g. KX");
        if (new HashSet<>(modifiers).size() != modifiers.size()) {
            r.error("modifiers", "must not repeat a modifier");
        }
        return code.isPresent() ? Optional.of(new SessionLine(code.get(), units.orElse(1), modifiers))
                : Optional.empty();
    }

    private static Place place(FieldReader r) {
        Optional<String> localityId = r.string("locality", 7, LOCALITY,
                "must be 7 digits: MAC number and locality number, e.g. 0111205");
        Optional<LocalityId> locality = localityId.isPresent() ? Optional.of(new LocalityId(localityId.get()))
                : Optional.empty();
        Optional<String> zipCode = r.string("zip", 10, ZIP, "must be a 5-digit ZIP code");
        Optional<ZipCode> zip = zipCode.isPresent() ? ZipCode.parse(zipCode.get()) : Optional.empty();
        if (locality.isPresent() && zip.isPresent()) {
            r.error("zip", "give locality or zip, not both");
        }
        return new Place(locality, zip);
    }
}
