package com.epiduralestimator.adapter.dynamodb;

import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.SpinalRegion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The session table's items, by hand.
 *
 * <pre>
 * pk = T#&lt;tenant&gt;#P#&lt;patientKey&gt;#R#&lt;region&gt;   (patientKey is the HMAC; a raw patient id is never stored)
 * sk = &lt;ISO date of service&gt;                     (ISO dates sort as strings do: a range query is a date range)
 * lines: L of M {code S, units N, modifiers L of S}; recordedAt: S (ISO instant); tenant: S; region: S
 * writeId: S, random per record call: tells our own put, retried by the SDK after a lost answer, from another's
 * </pre>
 */
final class SessionItemMapper {
    static final String PK = "pk";
    static final String SK = "sk";

    private SessionItemMapper() {}

    static String partition(PatientRef patient, SpinalRegion region) {
        // '#' separates the key's parts: a tenant holding one could reach another tenant's partition.
        if (patient.tenant().indexOf('#') >= 0 || patient.patientKey().indexOf('#') >= 0) {
            throw new IllegalArgumentException("tenant and patient key must not contain '#'");
        }
        return "T#" + patient.tenant() + "#P#" + patient.patientKey() + "#R#" + region.wireName();
    }

    static Map<String, AttributeValue> key(PatientRef patient, SpinalRegion region, LocalDate dateOfService) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(PK, AttributeValue.fromS(partition(patient, region)));
        key.put(SK, AttributeValue.fromS(dateOfService.toString()));
        return key;
    }

    static Map<String, AttributeValue> item(RecordedSession session, String writeId) {
        Map<String, AttributeValue> item = key(session.patient(), session.region(), session.dateOfService());
        item.put("lines", AttributeValue.fromL(session.lines().stream().map(SessionItemMapper::line).toList()));
        item.put("recordedAt", AttributeValue.fromS(session.recordedAt().toString()));
        item.put("tenant", AttributeValue.fromS(session.patient().tenant()));
        item.put("region", AttributeValue.fromS(session.region().wireName()));
        item.put("writeId", AttributeValue.fromS(writeId));
        return item;
    }

    static String writeId(Map<String, AttributeValue> item) {
        AttributeValue writeId = item.get("writeId");
        return writeId == null ? "" : writeId.s();
    }

    /** The patient is the caller's: the item holds only its hash inside the key, which is what was asked for. */
    static RecordedSession session(PatientRef patient, SpinalRegion region, Map<String, AttributeValue> item) {
        return new RecordedSession(patient, region,
                LocalDate.parse(item.get(SK).s()),
                item.get("lines").l().stream().map(v -> line(v.m())).toList(),
                Instant.parse(item.get("recordedAt").s()));
    }

    private static AttributeValue line(SessionLine line) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("code", AttributeValue.fromS(line.code()));
        m.put("units", AttributeValue.fromN(Integer.toString(line.units())));
        m.put("modifiers", AttributeValue.fromL(line.modifiers().stream().map(AttributeValue::fromS).toList()));
        return AttributeValue.fromM(m);
    }

    private static SessionLine line(Map<String, AttributeValue> m) {
        List<String> modifiers = m.get("modifiers").l().stream().map(AttributeValue::s).toList();
        return new SessionLine(m.get("code").s(), Integer.parseInt(m.get("units").n()), modifiers);
    }
}
