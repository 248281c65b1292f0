package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.http.LambdaHarness.Response;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Messages that help, through the fee handler on both stores: what is missing and what to do about it. */
class HelpfulMessagesTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        StoreHarnesses.stores().forEach(store -> {
            out.add(Arguments.of(store, "code=20610&setting=non-facility&date=2025-06-01",
                    "only the epidural injection family|load --year 2025 --rvu <CMS's PPRRVU2025 file>"));
            out.add(Arguments.of(store, "code=62321&modifier=26&setting=non-facility&date=2025-06-01",
                    "PC/TC indicator 0|modifiers 26 and TC cannot be used"));
            out.add(Arguments.of(store, "code=64483&modifier=TC&setting=facility&date=2025-06-01",
                    "PC/TC indicator 0|Ask for the global service"));
        });
        return out.stream();
    }

    @ParameterizedTest(name = "[{0}] {1} → 404 saying {2}")
    @MethodSource("cases")
    void aMissingFeeSaysWhyAndWhatToDo(String store, String query, String expected) {
        ObjectNode event = LambdaHarness.event("fees-national.json");
        event.put("rawQueryString", query);
        ObjectNode params = event.putObject("queryStringParameters");
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], kv[1]);
        }
        Response r = StoreHarnesses.get(store).invoke(query, event);
        assertThat(r.status()).as(r.rawBody()).isEqualTo(404);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(r.body().get("detail").asText()).contains(expected.split("\\|"));
    }
}
