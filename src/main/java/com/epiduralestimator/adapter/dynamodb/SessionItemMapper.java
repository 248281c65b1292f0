package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.application.SessionChange;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The session table's items, by hand.
 *
 * <pre>
 * pk  = T#&lt;tenant&gt;#P#&lt;patientKey&gt;       one partition per patient, both regions (patientKey is the HMAC;
 *                                            a raw patient id is never stored)
 * sk  = &lt;ISO date&gt;#&lt;region&gt;              ISO dates sort as strings do: "sk &gt;= date" is a date range, and a
 *                                            date's two regions are side by side (FREQ-ONE-REGION in one Query)
 * sid = T#&lt;tenant&gt;#S#&lt;sessionId&gt;          key of the GSI bySessionId (keys only): the tenant is part of it, so
 *                                            another tenant's id finds nothing
 * sessionId S; tenant S; region S; lines L of M {code S, units N, modifiers L of S}; recordedAt S (ISO instant);
 * performedBy S; status S (active | voided); history L of M {at S, by S, action S, reason S? (a
 * {@link com.epiduralestimator.application.ChangeReason} category; free text of items written before issue 22 is
 * read as {@code other}), related S? (the other session of a move)}; version N;
 * expiresAt N (epoch seconds: the table's TTL attribute); writeId S (random per write: tells our own write,
 * retried by the SDK after a lost answer, from another's)
 * </pre>
 * The region (in {@code sk} and {@code region}), {@code performedBy} and each {@code action} are stored under
 * {@link SessionStorageNames}' fixed spellings, never the API's.
 *
 * Items of the first design ({@code pk = T#..#P#..#R#<region>}, {@code sk = <date>}) are rewritten to this shape
 * by {@link SessionMigration}.
 */
final class SessionItemMapper {
    static final String PK = "pk";
    static final String SK = "sk";
    static final String SID = "sid";
    static final String BY_SESSION_ID = "bySessionId";
    static final String VERSION = "version";
    static final String EXPIRES_AT = "expiresAt";

    private SessionItemMapper() {}

    static String partition(PatientRef patient) {
        // '#' separates the key's parts: a tenant holding one could reach another tenant's partition.
        if (patient.tenant().indexOf('#') >= 0 || patient.patientKey().indexOf('#') >= 0) {
            throw new IllegalArgumentException("tenant and patient key must not contain '#'");
        }
        return "T#" + patient.tenant() + "#P#" + patient.patientKey();
    }

    static String sortKey(LocalDate dateOfService, SpinalRegion region) {
        return sortKey(dateOfService, region, ProcedureFamily.ESI);
    }

    /** An ESI session keeps the first sort key (date#region); another family's adds #family (issue 19). */
    static String sortKey(LocalDate dateOfService, SpinalRegion region, String family) {
        return dateOfService + "#" + SessionStorageNames.region(region) + (ProcedureFamily.ESI.equals(family) ? "" : "#" + family);
    }

    static String sessionIdKey(String tenant, String sessionId) {
        if (tenant.indexOf('#') >= 0 || sessionId.indexOf('#') >= 0) {
            throw new IllegalArgumentException("tenant and session id must not contain '#'");
        }
        return "T#" + tenant + "#S#" + sessionId;
    }

    static Map<String, AttributeValue> key(PatientRef patient, SpinalRegion region, LocalDate dateOfService) {
        return key(patient, region, dateOfService, ProcedureFamily.ESI);
    }

    static Map<String, AttributeValue> key(RecordedSession session) {
        return key(session.patient(), session.region(), session.dateOfService(), session.family());
    }

    static Map<String, AttributeValue> key(PatientRef patient, SpinalRegion region, LocalDate dateOfService,
                                           String family) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(PK, AttributeValue.fromS(partition(patient)));
        key.put(SK, AttributeValue.fromS(sortKey(dateOfService, region, family)));
        return key;
    }

    static Map<String, AttributeValue> item(RecordedSession session, String writeId) {
        Map<String, AttributeValue> item = key(session);
        session.purpose().ifPresent(p -> item.put("purpose", AttributeValue.fromS(SessionStorageNames.purpose(p))));
        item.put(SID, AttributeValue.fromS(sessionIdKey(session.patient().tenant(), session.sessionId())));
        item.put("sessionId", AttributeValue.fromS(session.sessionId()));
        item.put("lines", AttributeValue.fromL(session.lines().stream().map(SessionItemMapper::line).toList()));
        item.put("recordedAt", AttributeValue.fromS(session.recordedAt().toString()));
        item.put("tenant", AttributeValue.fromS(session.patient().tenant()));
        item.put("region", AttributeValue.fromS(SessionStorageNames.region(session.region())));
        item.put("performedBy", AttributeValue.fromS(SessionStorageNames.performedBy(session.performedBy())));
        item.put("status", AttributeValue.fromS(session.voided() ? "voided" : "active"));
        item.put("history", AttributeValue.fromL(session.history().stream().map(SessionItemMapper::change).toList()));
        item.put(VERSION, AttributeValue.fromN(Long.toString(session.version())));
        item.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(session.expiresAt().getEpochSecond())));
        item.put("writeId", AttributeValue.fromS(writeId));
        return item;
    }

    static String writeId(Map<String, AttributeValue> item) {
        AttributeValue writeId = item.get("writeId");
        return writeId == null ? "" : writeId.s();
    }

    /** The patient is the caller's: the item holds only its hash inside the key, which is what was asked for. */
    static RecordedSession session(PatientRef patient, Map<String, AttributeValue> item) {
        String sk = item.get(SK).s();
        SpinalRegion region = SessionStorageNames.region(item.get("region").s());
        return new RecordedSession(
                item.get("sessionId").s(),
                patient,
                region,
                LocalDate.parse(sk.substring(0, sk.indexOf('#'))),
                lines(item.get("lines").l()),
                Instant.parse(item.get("recordedAt").s()),
                SessionStorageNames.performedBy(item.get("performedBy").s()),
                "voided".equals(item.get("status").s()),
                history(item.get("history").l()),
                Long.parseLong(item.get(VERSION).n()),
                Instant.ofEpochSecond(Long.parseLong(item.get(EXPIRES_AT).n())),
                item.get("purpose") == null ? Optional.empty()
                        : Optional.of(SessionStorageNames.purpose(item.get("purpose").s())));
    }

    // Loops, not streams: every session of the history is read on a cold estimate (docs/performance.md).
    private static List<SessionLine> lines(List<AttributeValue> stored) {
        List<SessionLine> lines = new ArrayList<>(stored.size());
        for (AttributeValue v : stored) {
            lines.add(line(v.m()));
        }
        return List.copyOf(lines);
    }

    private static List<SessionChange> history(List<AttributeValue> stored) {
        List<SessionChange> history = new ArrayList<>(stored.size());
        for (AttributeValue v : stored) {
            history.add(change(v.m()));
        }
        return List.copyOf(history);
    }

    /** The patient of an item found by session id: tenant and key, from the item's partition key. */
    static PatientRef patientOf(Map<String, AttributeValue> item) {
        String pk = item.get(PK).s();
        String tenant = item.get("tenant").s();
        String prefix = "T#" + tenant + "#P#";
        if (!pk.startsWith(prefix)) {
            throw new IllegalStateException("stored session whose key does not match its tenant");
        }
        return new PatientRef(tenant, pk.substring(prefix.length()));
    }

    static AttributeValue line(SessionLine line) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("code", AttributeValue.fromS(line.code().value()));
        m.put("units", AttributeValue.fromN(Integer.toString(line.units())));
        m.put("modifiers", AttributeValue.fromL(line.modifiers().stream().map(AttributeValue::fromS).toList()));
        return AttributeValue.fromM(m);
    }

    static SessionLine line(Map<String, AttributeValue> m) {
        List<AttributeValue> stored = m.get("modifiers").l();
        List<String> modifiers = new ArrayList<>(stored.size());
        for (AttributeValue v : stored) {
            modifiers.add(v.s());
        }
        return new SessionLine(new HcpcsCode(m.get("code").s()), Integer.parseInt(m.get("units").n()), modifiers);
    }

    private static AttributeValue change(SessionChange change) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("at", AttributeValue.fromS(change.at().toString()));
        m.put("by", AttributeValue.fromS(change.by()));
        m.put("action", AttributeValue.fromS(SessionStorageNames.action(change.action())));
        change.reason().ifPresent(r -> m.put("reason", AttributeValue.fromS(r.wireName())));
        change.relatedSessionId().ifPresent(id -> m.put("related", AttributeValue.fromS(id)));
        return AttributeValue.fromM(m);
    }

    private static SessionChange change(Map<String, AttributeValue> m) {
        return SessionChange.stored(Instant.parse(m.get("at").s()), m.get("by").s(),
                SessionStorageNames.action(m.get("action").s()),
                optionalString(m.get("reason")), optionalString(m.get("related")));
    }

    private static Optional<String> optionalString(AttributeValue value) {
        return value == null ? Optional.empty() : Optional.of(value.s());
    }
}
