package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #22 through {@code serve} itself: the per-tenant limit is off unless {@code --tenant-rate-limit} asks for
 * it, the page is served with a Content-Security-Policy that no other site may frame it under, and
 * {@code --cors-origin} refuses {@code *}.
 */
class ServeOptionsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ESTIMATE = "{\"patientId\":\"MRN-L1\",\"dateOfService\":\"2025-06-01\","
            + "\"setting\":\"facility\",\"code\":\"62321\",\"imagingGuidance\":\"fluoroscopy\"}";

    private record Started(LocalServer server, String base, String banner) {}

    private static Started serve(String... args) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
        ServeCommand serve = new ServeCommand(print, print);
        LocalServer server = serve.start(CommandOptions.parse(List.of(args), serve.spec()));
        String banner = console.toString(StandardCharsets.UTF_8);
        String base = banner.substring(banner.indexOf("listening on ") + "listening on ".length()).split(" ")[0];
        return new Started(server, base, banner);
    }

    private static HttpResponse<String> estimate(String base) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/estimates"))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ESTIMATE))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theTenantRateLimitIsOffUnlessAskedFor() throws Exception {
        Started plain = serve("--port", "0");
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(estimate(plain.base()).statusCode()).isEqualTo(200);
            }
        } finally {
            plain.server().stop();
        }
        Started limited = serve("--port", "0", "--tenant-rate-limit", "2");
        try {
            assertThat(limited.banner()).contains("2 requests a minute");
            assertThat(estimate(limited.base()).statusCode()).isEqualTo(200);
            HttpResponse<String> second = estimate(limited.base());
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.headers().firstValue("cache-control")).hasValue("no-store");
            HttpResponse<String> third = estimate(limited.base());
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("content-type")).hasValue("application/problem+json");
            int retryAfter = Integer.parseInt(third.headers().firstValue("retry-after").orElseThrow());
            assertThat(retryAfter).isBetween(1, 60);
            // The fee schedule is shared and not limited.
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(limited.base()
                    + "/v1/fees?code=62321&setting=facility")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);
        } finally {
            limited.server().stop();
        }
        for (String bad : List.of("0", "-1", "many")) {
            assertThatThrownBy(() -> serve("--port", "0", "--tenant-rate-limit", bad))
                    .hasMessageContaining("--tenant-rate-limit");
        }
    }

    @Test
    void thePageHasAContentSecurityPolicyThatForbidsFramingIt() throws Exception {
        Started s = serve("--port", "0");
        try {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(s.base() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            String csp = page.headers().firstValue("content-security-policy").orElseThrow();
            assertThat(csp).contains("frame-ancestors 'none'", "script-src 'self'", "default-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(page.headers().firstValue("x-frame-options")).hasValue("DENY");
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(s.base() + "/estimate.js")).build(),
                    HttpResponse.BodyHandlers.ofString()).headers().firstValue("content-security-policy")).isPresent();
        } finally {
            s.server().stop();
        }
    }

    @Test
    void corsOriginRefusesAWildcard() {
        for (String bad : List.of("*", "https://*.clinic.example", "null", "https://a.example,*")) {
            assertThatThrownBy(() -> serve("--port", "0", "--cors-origin", bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--cors-origin");
        }
    }
}
