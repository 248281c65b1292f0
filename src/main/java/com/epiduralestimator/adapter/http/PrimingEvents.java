package com.epiduralestimator.adapter.http;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The API Gateway events SnapStart priming replays, per route: a success on each input shape and one rejection,
 * so that both the response and the problem+json paths are loaded. Fixed dates, a throw-away tenant and patient.
 */
final class PrimingEvents {
    private PrimingEvents() {}

    static List<byte[]> forRoute(String route) {
        return switch (route) {
            case "GET /v1/fees" -> List.of(
                    get("/v1/fees", "\"code\":\"62321\",\"setting\":\"facility\",\"zip\":\"94103\",\"date\":\"2025-06-01\""),
                    get("/v1/fees", "\"code\":\"62321\",\"setting\":\"non-facility\",\"locality\":\"0111205\","
                            + "\"date\":\"2025-06-01\""),
                    get("/v1/fees", "\"setting\":\"facility\""));
            case "POST /v1/estimates" -> List.of(
                    post("/v1/estimates", "{\"patientId\":\"PRIMING-1\",\"dateOfService\":\"2025-06-01\","
                            + "\"setting\":\"facility\",\"locality\":\"0111205\",\"code\":\"62321\",\"units\":1,"
                            + "\"modifiers\":[],\"imagingGuidance\":\"fluoroscopy\",\"deductibleRemaining\":0}"),
                    // FY2026: the bundled ICD-10-CM list and the PTP table (two codes) are read into the snapshot
                    post("/v1/estimates", "{\"patientId\":\"PRIMING-2\",\"dateOfService\":\"2026-03-02\","
                            + "\"setting\":\"non-facility\",\"zip\":\"35203\",\"region\":\"lumbar\",\"lines\":["
                            + "{\"code\":\"64483\",\"units\":1,\"modifiers\":[]},{\"code\":\"64484\",\"units\":1,"
                            + "\"modifiers\":[]}],\"imagingGuidance\":\"fluoroscopy\",\"diagnosisCodes\":[\"M54.16\"],"
                            + "\"deductibleRemaining\":100}"),
                    // the whole bill: the facility's claim and a supplement (issue 10)
                    post("/v1/estimates", "{\"patientId\":\"PRIMING-3\",\"dateOfService\":\"2025-06-01\","
                            + "\"setting\":\"facility\",\"locality\":\"0111205\",\"code\":\"62321\","
                            + "\"imagingGuidance\":\"fluoroscopy\",\"deductibleRemaining\":257,"
                            + "\"facilityType\":\"hospital-outpatient\",\"facilityCbsa\":\"41884\","
                            + "\"supplemental\":\"medigap-g\"}"),
                    post("/v1/estimates", "{\"patientId\":"));
            case "POST /v1/sessions" -> List.of(
                    post("/v1/sessions", "{\"patientId\":\"PRIMING-1\",\"dateOfService\":\"2025-03-01\","
                            + "\"code\":\"62321\"}"),
                    post("/v1/sessions", "{\"patientId\":\"PRIMING-1\",\"dateOfService\":\"2025-03-01\","
                            + "\"code\":\"62321\"}"),
                    post("/v1/sessions", "{\"patientId\":\"PRIMING-2\",\"dateOfService\":\"2025-04-01\",\"lines\":["
                            + "{\"code\":\"64479\",\"units\":1,\"modifiers\":[]},{\"code\":\"64480\",\"units\":1,"
                            + "\"modifiers\":[]}]}"),
                    post("/v1/sessions", "{\"patientId\":"),
                    // The same function's other routes (issue #11): search and batch take no session id.
                    post("/v1/sessions/search", "{\"patientId\":\"PRIMING-1\",\"includeVoided\":true}"),
                    post("/v1/sessions/batch", "{\"sessions\":[{\"patientId\":\"PRIMING-3\",\"dateOfService\":"
                            + "\"2025-03-01\",\"code\":\"62323\",\"performedBy\":\"other-provider\"},"
                            + "{\"patientId\":\"PRIMING-3\",\"dateOfService\":\"2025-03-01\",\"code\":\"62321\"}]}"));
            default -> throw new IllegalArgumentException("no priming events for route " + route);
        };
    }

    private static byte[] get(String path, String query) {
        return event("GET", path, "\"queryStringParameters\":{" + query + "},", "");
    }

    private static byte[] post(String path, String body) {
        return event("POST", path, "", "\"body\":" + quote(body) + ",");
    }

    private static byte[] event(String method, String path, String query, String body) {
        String json = "{\"version\":\"2.0\",\"routeKey\":\"" + method + " " + path + "\",\"rawPath\":\"" + path + "\","
                + query + "\"headers\":{\"content-type\":\"application/json\"},"
                + "\"requestContext\":{\"requestId\":\"snapstart-priming\",\"authorizer\":{\"jwt\":{\"claims\":"
                + "{\"tenant_id\":\"snapstart-priming\",\"scope\":\"" + Scope.all() + "\"}}},"
                + "\"http\":{\"method\":\"" + method + "\",\"path\":\""
                + path + "\"}}," + body + "\"isBase64Encoded\":false}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
