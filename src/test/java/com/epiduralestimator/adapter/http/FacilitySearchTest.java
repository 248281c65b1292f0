package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.Services;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.dynamodb.DynamoTables;
import com.epiduralestimator.adapter.dynamodb.FacilityLoader;
import com.epiduralestimator.adapter.dynamodb.ScheduleLoader;
import com.epiduralestimator.cmsdata.BundledFacility;
import com.epiduralestimator.cmsdata.BundledSchedule;
import com.epiduralestimator.lambda.EstimatesFunction;
import com.epiduralestimator.lambda.FeesFunction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * GET /v1/facilities in the fees function on the deployed (DynamoDB) wiring: hospitals and ASCs by words of their
 * names in any order and case, by state and type, at most 20, with no DynamoDB request (the directory is bundled);
 * and the directory is read only when something needs it: an ordinary estimate leaves it unread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacilitySearchTest {
    private static final byte[] KEY = "a-test-patient-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);
    private final List<String> transmitted = new CopyOnWriteArrayList<>();
    private final DynamoDbClient client = DynamoDbTestServer.get().client(new ExecutionInterceptor() {
        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            transmitted.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    });
    private Config config;
    private Services fees;
    private FeesHandler search;

    @BeforeAll
    void load() {
        String feeTable = DynamoDbTestServer.uniqueTableName("fees");
        String sessions = DynamoDbTestServer.uniqueTableName("sessions");
        new DynamoTables(client).createIfAbsent(new DynamoTables.Names(feeTable, sessions));
        BundledSchedule.loadAll().forEach(new ScheduleLoader(client, feeTable)::load);
        BundledFacility.loadAll().forEach(new FacilityLoader(client, feeTable)::load);
        config = Config.from(Map.of("FEE_TABLE", feeTable, "SESSION_TABLE", sessions));
        fees = DependencyFactory.dynamo(config, client, Optional.empty(), Clock.systemUTC());
        search = FeesFunction.handler(fees);
        RequestLog.mute(true);
    }

    @AfterAll
    void close() {
        RequestLog.mute(false);
        client.close();
    }

    private JsonNode get(Map<String, String> query) {
        try {
            ObjectNode event = LambdaHarness.event("facilities-search.json");
            ObjectNode q = event.putObject("queryStringParameters");
            query.forEach(q::put);
            event.put("rawQueryString", "");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            search.handleRequest(new ByteArrayInputStream(LambdaHarness.JSON.writeValueAsBytes(event)), out, null);
            JsonNode response = LambdaHarness.JSON.readTree(out.toString(StandardCharsets.UTF_8));
            ObjectNode result = LambdaHarness.JSON.createObjectNode();
            result.put("status", response.get("statusCode").asInt());
            result.set("body", LambdaHarness.JSON.readTree(response.get("body").asText()));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> ccns(JsonNode r) {
        assertThat(r.get("status").asInt()).as(r.toString()).isEqualTo(200);
        return r.at("/body/facilities").findValuesAsText("ccn");
    }

    @Test
    void anAscByNameWordsInAnyOrderAndCase() {
        JsonNode r = get(Map.of("q", "Vaca northbay"));
        assertThat(ccns(r)).containsExactly("05C0001831");
        JsonNode f = r.at("/body/facilities/0");
        assertThat(f.get("name").asText()).isEqualTo("THE SURGERY CENTER AT NORTHBAY VACA VALLEY");
        assertThat(f.get("city").asText()).isEqualTo("VACAVILLE");
        assertThat(f.get("state").asText()).isEqualTo("CA");
        assertThat(f.get("zip").asText()).isEqualTo("95687");
        assertThat(f.get("type").asText()).isEqualTo("asc");
        assertThat(f.get("area").asText()).isEqualTo("46700"); // Solano 06095 → Vallejo CBSA 46700
    }

    @Test
    void aHospitalByNameWithItsDivision() {
        // "DELL SETON  MED CENTER AT THE UNIVERSITY OF TX": CMS's double space is no obstacle
        JsonNode r = get(Map.of("q", "seton dell", "state", "tx", "type", "hospital"));
        assertThat(ccns(r)).contains("450124");
        JsonNode newark = get(Map.of("q", "university hospital", "state", "NJ", "type", "hospital"));
        assertThat(ccns(newark)).contains("310119");
        assertThat(newark.at("/body/facilities").findValuesAsText("area")).contains("35084");
    }

    @Test
    void typeAndStateNarrowAndTwentyAtMost() {
        List<String> hospitals = ccns(get(Map.of("q", "medical center")));
        assertThat(hospitals).hasSize(20);
        List<String> ascs = ccns(get(Map.of("q", "surgery", "type", "asc", "state", "CA")));
        assertThat(ascs).isNotEmpty().allMatch(c -> c.length() == 10);
        assertThat(ccns(get(Map.of("q", "northbay", "type", "hospital")))).doesNotContain("05C0001831");
    }

    @Test
    void aWarmSearchMakesNoDynamoDbRequest() {
        get(Map.of("q", "general"));
        transmitted.clear();
        assertThat(ccns(get(Map.of("q", "zuckerberg")))).containsExactly("050228");
        assertThat(transmitted).isEmpty();
    }

    @Test
    void badQueriesAre400sNamingTheField() {
        JsonNode none = get(Map.of("state", "CA"));
        assertThat(none.get("status").asInt()).isEqualTo(400);
        assertThat(none.at("/body/errors/0/field").asText()).isEqualTo("q");
        JsonNode type = get(Map.of("q", "mercy", "type", "clinic"));
        assertThat(type.get("status").asInt()).isEqualTo(400);
        assertThat(type.at("/body/errors/0/field").asText()).isEqualTo("type");
    }

    @Test
    void anOrdinaryEstimateNeverReadsTheDirectoryOneNamingAFacilityDoes() {
        Services estimates = DependencyFactory.dynamo(config, client, Optional.of(KEY), Clock.systemUTC());
        EstimatesHandler handler = EstimatesFunction.handler(estimates);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", "MRN-LAZY");
        body.put("dateOfService", "2026-06-01");
        body.put("setting", "facility");
        body.put("code", "62321");
        body.put("imagingGuidance", "fluoroscopy");
        body.put("locality", "0111205");
        body.put("facilityType", "hospital-outpatient");
        body.put("facilityCbsa", "41884");
        assertThat(FacilityDirectoryEstimateTest.call(handler, body).get("status").asInt()).isEqualTo(200);
        assertThat(estimates.facilities().isLoaded()).isFalse();
        body.remove("facilityCbsa");
        body.put("facilityCcn", "050228");
        assertThat(FacilityDirectoryEstimateTest.call(handler, body).get("status").asInt()).isEqualTo(200);
        assertThat(estimates.facilities().isLoaded()).isTrue();
    }
}
