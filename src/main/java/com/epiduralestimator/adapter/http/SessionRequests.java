package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.ChangeReason;
import com.epiduralestimator.application.OtherSession;
import com.epiduralestimator.domain.ProcedureCatalog;
import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.domain.Purpose;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The session history routes' request bodies (search, correct, void, batch) and an estimate's otherSessions. */
final class SessionRequests {
    static final int MAX_BATCH = 100;
    static final int MAX_OTHER_SESSIONS = 50;
    static final int MAX_REASON = 500;

    private SessionRequests() {}

    record Search(String patientId, Optional<LocalDate> from, Optional<LocalDate> to, boolean includeVoided) {}

    record Correction(List<SessionLine> lines, Why why) {}

    /**
     * Why a session is changed: a category (issue 22), and which free text the caller sent that was not stored
     * ({@code reason} when its text named no category and became {@code other}; {@code note} whenever one came).
     */
    record Why(ChangeReason reason, List<String> notStored) {}

    static Search search(String body) {
        BodyReader r = BodyReader.ofJsonBody(body);
        Optional<String> patientId = Requests.patientId(r);
        Optional<LocalDate> from = r.date("from", false);
        Optional<LocalDate> to = r.date("to", false);
        Optional<Boolean> includeVoided = r.bool("includeVoided");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            r.error("to", "must not be before from");
        }
        r.finish("session search");
        return new Search(patientId.orElseThrow(), from, to, includeVoided.orElse(false));
    }

    static Correction correction(String body) {
        BodyReader r = BodyReader.ofJsonBody(body);
        List<SessionLine> lines = Requests.lines(r); // code/units/modifiers or lines, as when recording
        Optional<Why> why = why(r);
        r.finish("correction");
        return new Correction(lines, why.orElseThrow());
    }

    static Why voiding(String body) {
        BodyReader r = BodyReader.ofJsonBody(body);
        Optional<Why> why = why(r);
        r.finish("void request");
        return why.orElseThrow();
    }

    /** The batch's items, each still raw JSON: every item is read on its own so one bad item stops no other. */
    static List<Object> batch(String body) {
        BodyReader r = BodyReader.ofJsonBody(body);
        Optional<List<Object>> items = r.list("sessions", 1, MAX_BATCH);
        r.finish("batch");
        return items.orElseThrow();
    }

    /**
     * {@code reason}: one of the categories; any other text (an old client's free text) is accepted as {@code other}
     * and its text dropped, never a 400. {@code note}: optional free text, never stored. Both are read (lengths,
     * control characters) so that a malformed one is still a 400.
     */
    private static Optional<Why> why(BodyReader r) {
        Optional<String> reason = r.requiredString("reason", MAX_REASON, null, null);
        Optional<String> note = r.string("note", MAX_REASON, null, null);
        if (reason.isPresent() && reason.get().isBlank()) {
            r.error("reason", "must not be blank");
            return Optional.empty();
        }
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        Optional<ChangeReason> named = ChangeReason.named(reason.get());
        List<String> notStored = new ArrayList<>();
        if (named.isEmpty()) {
            notStored.add("reason");
        }
        if (note.isPresent() || r.has("note")) {
            notStored.add("note");
        }
        return Optional.of(new Why(named.orElse(ChangeReason.OTHER), List.copyOf(notStored)));
    }

    /**
     * An estimate's {@code otherSessions}: sessions elsewhere, counted by family and region, never stored. Without
     * {@code family} a session is an ESI's (as before families); with it, its region must be one of the family's.
     */
    static List<OtherSession> otherSessions(BodyReader r) {
        List<OtherSession> out = new ArrayList<>();
        for (BodyReader item : r.objects("otherSessions", 0, MAX_OTHER_SESSIONS)) {
            Optional<LocalDate> date = item.date("dateOfService", true);
            Optional<SpinalRegion> region = item.enumValue("region", true, SpinalRegion.class);
            Optional<String> familyId = item.string("family", 20, null, null);
            Optional<Purpose> purpose = item.enumValue("purpose", false, Purpose.class);
            Optional<ProcedureFamily> family = familyId.flatMap(id -> ProcedureCatalog.families().family(id));
            if (familyId.isPresent() && family.isEmpty()) {
                item.error("family", "must be one of " + String.join(", ", ProcedureCatalog.families().families()
                        .stream().map(ProcedureFamily::id).toList()));
            } else if (family.isPresent() && region.isPresent()
                    && !family.get().regions().contains(region.get().wireName())) {
                item.error("region", "must be a region of the " + family.get().id() + " family: "
                        + String.join(", ", family.get().regions()));
            }
            item.rejectUnknown();
            if (date.isPresent() && region.isPresent() && (familyId.isEmpty() || family.isPresent())) {
                out.add(new OtherSession(date.get(), region.get(), familyId.orElse(ProcedureFamily.ESI), purpose));
            }
        }
        return out;
    }
}
