package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.application.ChangeReason;
import com.epiduralestimator.application.SessionChange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue 22, "PHI in free text": the reason of a correction or void was stored as written and shown by search and
 * a 409's {@code stored} ("wrong patient: was John Q. Public, DOB …"). Now it is a category; an old client's free
 * text is accepted (no 400) and stored as {@code other} without its text; a note is never stored; the answer's
 * {@code notStored} says which text was dropped. On both stores, and for reasons stored as text before.
 */
class ChangeReasonsTest {
    private static final String TEXT = "wrong patient: was John Q. Public, DOB 1950-01-01";

    static Stream<Arguments> stores() {
        DynamoDbClient client = DynamoDbTestServer.get().client();
        return Stream.of(Arguments.of("memory", TrustHarness.memory()),
                Arguments.of("dynamodb", TrustHarness.dynamo(client, TrustHarness.dynamoTables(client))));
    }

    private static Response change(TrustHarness api, String method, String path, String body) {
        return invoke(api.sessions, event(method, path, null, "application/json", body, "clinic-r"));
    }

    private static String recorded(TrustHarness api, String patient, String date) {
        return (String) api.postSession(sessionBody(patient, date, "62321"), "clinic-r").json().get("sessionId");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void freeTextIsStoredAsOtherWithoutItsTextAndTheAnswerSaysSo(String store, TrustHarness api) {
        String id = recorded(api, "MRN-R1", "2025-05-01");
        Response voided = change(api, "POST", "/v1/sessions/" + id + "/void", "{\"reason\":\"" + TEXT + "\"}");
        assertThat(voided.status()).as(voided.body()).isEqualTo(200); // an old client is not refused
        assertThat(voided.json().get("notStored")).isEqualTo(List.of("reason"));
        assertThat(voided.body()).contains("\"action\":\"voided\",\"reason\":\"other\"").doesNotContain("John");

        Response search = change(api, "POST", "/v1/sessions/search", "{\"patientId\":\"MRN-R1\",\"includeVoided\":true}");
        assertThat(search.body()).contains("\"reason\":\"other\"").doesNotContain("John").doesNotContain("notStored");
        Response conflict = change(api, "POST", "/v1/sessions/" + id + "/void", "{\"reason\":\"" + TEXT + "\"}");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("\"reason\":\"other\"").doesNotContain("John");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aCategoryIsStoredAndANoteNeverIs(String store, TrustHarness api) {
        String id = recorded(api, "MRN-R2", "2025-05-02");
        Response corrected = change(api, "PUT", "/v1/sessions/" + id,
                "{\"code\":\"62321\",\"modifiers\":[\"KX\"],\"reason\":\"Wrong code\",\"note\":\"" + TEXT + "\"}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("notStored")).isEqualTo(List.of("note"));
        assertThat(corrected.body()).contains("\"action\":\"corrected\",\"reason\":\"wrong-code\"")
                .doesNotContain("John");
        for (String category : List.of("entered-in-error", "wrong-date", "duplicate", "patient-declined", "other")) {
            String other = recorded(api, "MRN-R2-" + category, "2025-05-02");
            Response voided = change(api, "POST", "/v1/sessions/" + other + "/void",
                    "{\"reason\":\"" + category + "\"}");
            assertThat(voided.body()).contains("\"reason\":\"" + category + "\"").doesNotContain("notStored");
        }
        // A note is still read strictly: not a string, or a control character, is a 400 naming the field.
        Response bad = change(api, "POST", "/v1/sessions/" + id + "/void", "{\"reason\":\"duplicate\",\"note\":7}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("note");
    }

    /** Reasons stored as free text before issue 22 are shown as their category, never as text, on DynamoDB. */
    @Test
    void aReasonStoredAsTextBeforeIsShownAsOther() {
        DynamoDbClient client = DynamoDbTestServer.get().client();
        Tables tables = TrustHarness.dynamoTables(client);
        TrustHarness api = TrustHarness.dynamo(client, tables);
        String id = recorded(api, "MRN-R3", "2025-05-03");
        Map<String, AttributeValue> item = client.scan(b -> b.tableName(tables.sessions())).items().stream()
                .filter(i -> i.containsKey("sessionId") && i.get("sessionId").s().equals(id)).findFirst().orElseThrow();
        client.updateItem(b -> b.tableName(tables.sessions())
                .key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))
                .updateExpression("SET history[0].reason = :r")
                .expressionAttributeValues(Map.of(":r", AttributeValue.fromS(TEXT))));
        Response search = change(api, "POST", "/v1/sessions/search", "{\"patientId\":\"MRN-R3\"}");
        assertThat(search.body()).contains("\"reason\":\"other\"").doesNotContain("John");
    }

    @Test
    void aLegacyMoveKeepsTheOtherSessionsIdAndDropsTheText() {
        String other = "s_AAAAAAAAAAAAAAAAAAAAAA";
        SessionChange change = SessionChange.stored(Instant.EPOCH, "u", SessionChange.Action.VOIDED,
                Optional.of("corrected to " + other + " (lumbar-sacral): " + TEXT), Optional.empty());
        assertThat(change.reason()).contains(ChangeReason.OTHER);
        assertThat(change.relatedSessionId()).contains(other);
        assertThat(SessionChange.stored(Instant.EPOCH, "u", SessionChange.Action.VOIDED, Optional.of("duplicate"),
                Optional.empty()).reason()).contains(ChangeReason.DUPLICATE);
    }
}
