package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The estimate page in a real browser (headless Chromium through chromedriver) against `serve`, as a person
 * uses it: a shared link fills the form and shows the fee; the patient id, typed in, brings eligibility, who pays
 * what and the 12-month timeline, and never reaches the URL or any request URL.
 *
 * <p>Figures (CY2025, 62321 in a facility, ZIP 94103 = locality 0111205 San Francisco, CF 32.3465): (1.95 x 1.088
 * + 1.08 x 1.419 + 0.18 x 0.445) x 32.3465 = 3.73422 x 32.3465 = 120.7889 -> $120.79 allowed; deductible 0: the
 * patient's 20% is 120.79 x 0.20 = 24.158 -> $24.16, Medicare pays 120.79 - 24.16 = $96.63, after the 2%
 * sequestration 96.63 x 0.98 = 94.6974 -> $94.70. A capped patient (sessions 1 Jul 2024, 1 Oct 2024, 15 Jan 2025,
 * 1 Mar 2025) has 4 of 4 in the window 2 Jun 2024 - 31 May 2025; the oldest leaves the window 12 months after
 * it, so the next eligible date is 1 Jul 2025.
 */
class EstimatePageBrowserTest {
    private static final String LINK = "/?code=62321&setting=facility&where=94103&date=2025-06-01"
            + "&imaging=fluoroscopy&participation=participating&deductible=0";
    private static final String DONE = "return document.getElementById('status').dataset.state";
    private static final Path SCREENSHOTS = Path.of("target", "estimate-page");

    private static LocalServer server;
    private static String base;
    private static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        server = serve(List.of("--port", "0"));
        base = lastBase;
        browser = Chromium.start(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.stop();
    }

    private static String lastBase;

    private static LocalServer serve(List<String> args) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
        ServeCommand serve = new ServeCommand(print, print);
        LocalServer started = serve.start(CommandOptions.parse(args, serve.spec()));
        String banner = console.toString(StandardCharsets.UTF_8);
        lastBase = banner.substring(banner.indexOf("listening on ") + "listening on ".length()).split(" ")[0];
        return started;
    }

    private static String awaitDone() throws Exception {
        return browser.await(DONE, v -> v.asText().equals("done") || v.asText().equals("error")).asText();
    }

    @Test
    void aSharedLinkFillsTheFormAndShowsTheFeeWithoutAPatient() throws Exception {
        browser.open(base + LINK);
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(browser.text("#amount")).isEqualTo("$120.79");
        assertThat(browser.text("#fee-where")).contains("62321", "in a hospital or ASC", "CY2025", "SAN FRANCISCO",
                "locality 0111205");
        assertThat(browser.text("#no-patient")).contains("Enter the patient id");
        // without the id: the whole bill "if covered", no 12-month check
        assertThat(browser.text("#bill-title")).isEqualTo("THE PATIENT'S WHOLE BILL, IF COVERED");
        assertThat(browser.script("return document.getElementById('eligibility-card').hidden").asBoolean()).isTrue();
        assertThat(browser.script("return document.getElementById('where').value").asText()).isEqualTo("94103");
        assertThat(browser.script("return document.getElementById('setting').value").asText()).isEqualTo("facility");
    }

    @Test
    void thePatientIdBringsTheEstimateAndNeverReachesAUrl() throws Exception {
        browser.open(base + LINK);
        awaitDone();
        browser.type("#patient", "MRN-PAGE-0001");
        browser.click("#submit");
        browser.await("return document.getElementById('eligibility-card').hidden", v -> !v.asBoolean());
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(browser.text("#medicare-pays")).isEqualTo("$96.63");
        assertThat(browser.text("#patient-pays")).isEqualTo("$24.16");
        assertThat(browser.text("#split-detail")).contains("$120.79 allowed", "$0.00 toward the Part B deductible",
                "$24.16 coinsurance", "Medicare actually pays $94.70");
        assertThat(browser.text("#verdict")).startsWith("Covered");
        assertThat(browser.text("#cap-summary")).isEqualTo("0 of 4 cervical/thoracic sessions used in the 12 months"
                + " from 2 Jun 2024 to 31 May 2025. After this one, 3 more in that window.");
        assertThat(browser.text("#findings")).contains("Check", "LCD L39240");

        String url = browser.url();
        // the link is rewritten in the API's own names (the old names it was opened with are still read)
        assertThat(url).contains("code=62321", "setting=facility", "zip=94103", "date=2025-06-01",
                        "imagingGuidance=fluoroscopy", "deductibleRemaining=0")
                .doesNotContain("MRN").doesNotContain("patient");
        JsonNode requested = browser.script("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(requested.toString()).contains("/v1/fees?").contains("/v1/estimates").doesNotContain("MRN-PAGE");
        assertThat(browser.script("return document.body.innerText").asText()).doesNotContain("MRN-PAGE-0001");
        browser.screenshot(SCREENSHOTS.resolve("covered.png"));
    }

    @Test
    void aCappedPatientSeesNotCoveredAndTheNextEligibleDateOnTheTimeline() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String date : List.of("2024-07-01", "2024-10-01", "2025-01-15", "2025-03-01")) {
            HttpResponse<String> recorded = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/sessions"))
                    .header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"patientId\":\"MRN-PAGE-CAPPED\",\"dateOfService\":\""
                            + date + "\",\"code\":\"62321\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(recorded.statusCode()).isEqualTo(201);
        }
        browser.open(base + LINK);
        awaitDone();
        browser.type("#patient", "MRN-PAGE-CAPPED");
        browser.click("#submit");
        browser.await("return document.getElementById('eligibility-card').hidden", v -> !v.asBoolean());
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(browser.text("#verdict")).startsWith("Not covered");
        assertThat(browser.text("#cap-summary")).isEqualTo("4 of 4 cervical/thoracic sessions used in the 12 months"
                + " from 2 Jun 2024 to 31 May 2025. Next eligible on 1 Jul 2025.");
        JsonNode marks = browser.script("return Array.from(document.querySelectorAll('#timeline .marker'))"
                + ".map(m => m.className + ' ' + m.querySelector('time').dateTime + ' ' + m.style.left)");
        // Drawn to scale from 2 Jun 2024 (day 0) to 1 Jul 2025 (day 394): the session (1 Jun 2025, day 364) at
        // 364 / 394 = 92.4%.
        assertThat(marks.toString()).isEqualTo("[\"marker start 2024-06-02 0%\","
                + "\"marker service not-covered 2025-06-01 92.4%\",\"marker next 2025-07-01 100%\"]");
        assertThat(browser.text("#timeline")).contains("next eligible", "1 Jul 2025", "this session", "1 Jun 2025");
        assertThat(browser.text("#findings")).contains("Not covered");
        assertThat(browser.text("#medicare-pays")).isEqualTo("$0.00");
        assertThat(browser.text("#patient-pays")).isEqualTo("$120.79");
        assertThat(browser.text("#split-detail")).isEqualTo("Not covered, so Medicare pays nothing: the patient would"
                + " owe the $120.79 (see What to check for what must happen first).");
        browser.screenshot(SCREENSHOTS.resolve("capped.png"));
    }

    @Test
    void anErrorIsShownInPlainWords() throws Exception {
        browser.open(base + "/?code=99999&setting=facility&date=2025-06-01");
        assertThat(awaitDone()).isEqualTo("error");
        assertThat(browser.text("#status")).isNotBlank().doesNotContain("undefined");
    }

    /**
     * Deployed as static files on another origin, with config.js naming the API: it works when the API lists the
     * page's origin (serve --cors-origin, as the template's AllowedOrigins), and the browser blocks it otherwise.
     */
    @Test
    void asStaticFilesOnAnotherOriginTheCorsOriginDecides() throws Exception {
        HttpServer files = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        String pageOrigin = "http://127.0.0.1:" + files.getAddress().getPort();
        LocalServer api = serve(List.of("--port", "0", "--cors-origin", pageOrigin));
        AtomicReference<String> apiBase = new AtomicReference<>(lastBase);
        files.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String name = path.equals("/") ? "index.html" : path.substring(1);
            byte[] body;
            if (name.equals("config.js")) {
                body = ("window.ESTIMATOR_CONFIG = { apiBase: \"" + apiBase.get() + "\" };")
                        .getBytes(StandardCharsets.UTF_8);
            } else {
                try (InputStream in = EstimatePageBrowserTest.class.getResourceAsStream("/web/" + name)) {
                    body = in == null ? new byte[0] : in.readAllBytes();
                }
            }
            exchange.getResponseHeaders().set("cache-control", "no-store");
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        files.start();
        try {
            browser.open(pageOrigin + LINK);
            assertThat(awaitDone()).as(browser.text("#status")).isEqualTo("done");
            assertThat(browser.text("#amount")).isEqualTo("$120.79");

            // The class's server has no --cors-origin: the browser refuses the page its answer.
            apiBase.set(base);
            browser.open(pageOrigin + LINK.replace("date=2025-06-01", "date=2025-06-02"));
            assertThat(awaitDone()).isEqualTo("error");
            assertThat(browser.text("#status")).startsWith("The API could not be reached");
        } finally {
            files.stop(0);
            api.stop();
        }
    }

    private static void estimateFor(String link, String patient) throws Exception {
        browser.open(base + link);
        awaitDone();
        browser.type("#patient", patient);
        browser.click("#submit");
        browser.await("return document.getElementById('eligibility-card').hidden", v -> !v.asBoolean());
        assertThat(awaitDone()).as(browser.text("#status")).isEqualTo("done");
    }

    /**
     * A coding error (64484 alone: ADDON-WITHOUT-PRIMARY) leaves the patient eligible but the claim not ready: the
     * verdict says so and the finding is labelled by its kind, not "Not covered". Priced as fixed, 64483 CY2026 in
     * San Francisco (94103, 0111205) non-facility: (1.85 x 1.095 + 5.91 x 1.410 + 0.17 x 0.425) x 33.4009
     * = (2.02575 + 8.3331 + 0.07225) x 33.4009 = 10.4311 x 33.4009 = 348.4081 -> $348.41; deductible 0: the
     * patient's 20% = 69.682 -> $69.68.
     */
    @Test
    void aCodingErrorIsCoveredOnceFixedNotReadyToBillAndLabelledByKind() throws Exception {
        estimateFor("/?code=64484&setting=non-facility&where=94103&date=2026-06-01&deductible=0", "MRN-PAGE-ADDON");
        assertThat(browser.text("#verdict")).isEqualTo(
                "Covered once the coding is fixed \u2014 not ready to bill (see What to check).");
        assertThat(browser.text("#findings")).contains("Fix before billing", "ADDON-WITHOUT-PRIMARY")
                .doesNotContain("Not covered");
        assertThat(browser.text("#patient-pays")).isEqualTo("$69.68");
        browser.screenshot(SCREENSHOTS.resolve("coding-error.png"));
    }

    /**
     * The whole bill (issue #10): 62321 in a hospital outpatient department, CY2026 national, deductible met. The
     * physician's claim: 95.53 x 20% = 19.106 -> $19.11; the hospital's: 721.17 x 20% = 144.234 -> $144.24 (an OPPS
     * copayment is rounded up to the cent, the README's rules table); the patient owes 19.11 + 144.24 = $163.35 in
     * all (the API's total; the page adds nothing up).
     */
    @Test
    void theWholeBillHeadlinesWhatThePatientOwesWithBothClaimsSideBySide() throws Exception {
        estimateFor("/?code=62321&setting=facility&date=2026-06-01&deductible=0&facility=hospital-outpatient",
                "MRN-PAGE-BILL");
        assertThat(browser.text("#bill-owes")).isEqualTo("$163.35");
        assertThat(browser.text("#bill-summary")).isEqualTo("The patient owes $163.35 in all: $19.11 on the"
                + " physician's claim and $144.24 on the hospital outpatient department's claim.");
        JsonNode physician = browser.script("return Array.from(document.querySelectorAll('#claims-body td.physician'))"
                + ".map(c => c.textContent)");
        JsonNode facility = browser.script("return Array.from(document.querySelectorAll('#claims-body td.facility'))"
                + ".map(c => c.textContent)");
        // allowed, deductible, coinsurance, patient pays, supplement pays, patient owes, Medicare after 2%:
        // physician 95.53 - 19.11 = 76.42 x 0.98 = 74.8916 -> 74.89; hospital 721.17 - 144.24 = 576.93 x 0.98
        // = 565.3914 -> 565.39.
        assertThat(physician.toString()).isEqualTo(
                "[\"$95.53\",\"$0.00\",\"$19.11\",\"$19.11\",\"$0.00\",\"$19.11\",\"$74.89\"]");
        assertThat(facility.toString()).isEqualTo(
                "[\"$721.17\",\"$0.00\",\"$144.24\",\"$144.24\",\"$0.00\",\"$144.24\",\"$565.39\"]");
        assertThat(browser.url()).contains("facilityType=hospital-outpatient").doesNotContain("MRN");
        browser.screenshot(SCREENSHOTS.resolve("whole-bill.png"));

        // With Medigap G (pays everything after the Part B deductible, here met) the patient owes nothing and the
        // plan pays the rest; the choice is in the shareable link, sent in the body.
        estimateFor("/?code=62321&setting=facility&date=2026-06-01&deductible=0&facility=asc&cbsa=12420"
                + "&supplemental=medigap-g", "MRN-PAGE-BILL-G");
        assertThat(browser.text("#bill-owes")).isEqualTo("$0.00");
        assertThat(browser.text("#bill-summary")).contains("ambulatory surgical center's claim",
                "after their supplemental coverage pays $");
        assertThat(browser.url()).contains("facilityType=asc", "facilityCbsa=12420", "supplemental=medigap-g");
        browser.screenshot(SCREENSHOTS.resolve("whole-bill-asc-medigap-g.png"));
    }

    /**
     * With no date entered the page sends today in UTC (the contract's default), not the browser's local date: the
     * browser is put in a zone whose local date differs from UTC's right now (UTC-12 before noon UTC, UTC+14 after).
     */
    @Test
    void withoutADateThePageSendsTodayInUtcNotTheLocalDate() throws Exception {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC);
        String zone = now.getHour() < 12 ? "Etc/GMT+12" : "Etc/GMT-14";
        browser.cdp("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", zone));
        try {
            browser.open(base + "/?code=62321&setting=non-facility");
            awaitDone();
            String local = browser.script("var d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1)"
                    + ".padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0')").asText();
            String utc = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            assertThat(local).as("the zone's local date").isNotEqualTo(utc);
            browser.script("window.sent = []; var f = window.fetch; window.fetch = function (u, i) {"
                    + " window.sent.push(String(u) + ' ' + (i && i.body || '')); return f.apply(this, arguments); };");
            browser.type("#patient", "MRN-PAGE-UTC");
            browser.click("#submit");
            browser.await("return document.getElementById('eligibility-card').hidden", v -> !v.asBoolean());
            assertThat(awaitDone()).isEqualTo("done");
            String sent = browser.script("return window.sent.join('\\n')").asText();
            assertThat(sent).contains("date=" + utc).contains("\"dateOfService\":\"" + utc + "\"")
                    .doesNotContain(local);
        } finally {
            browser.cdp("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", ""));
        }
    }

    /**
     * Issue 21: a link in the API's own names, without a patient id, names the hospital by CCN (050228, Zuckerberg
     * San Francisco General, ZIP 94110 → division 41884); the page shows its name and the whole bill "if covered".
     * CY2026, deductible 0. Physician, priced at the hospital's ZIP (locality 0111205): 62321 facility = $108.78,
     * 20% = 21.756 → $21.76. Hospital: 721.17 × (0.6 × 1.6914 + 0.4) = 1020.3402 → $1,020.34, 20% rounded up =
     * 204.068 → $204.07. The patient owes 21.76 + 204.07 = $225.83.
     */
    @Test
    void aLinkInTheApisNamesWithoutAPatientIdShowsTheHospitalsAmount() throws Exception {
        String link = "/?code=62321&setting=facility&date=2026-06-01&facilityCcn=050228&deductibleRemaining=0"
                + "&imagingGuidance=fluoroscopy";
        browser.open(base + link);
        assertThat(awaitDone()).as(browser.text("#status")).isEqualTo("done");
        assertThat(browser.text("#facility-chosen")).contains("ZUCKERBERG SAN FRANCISCO GENERAL", "050228", "41884");
        assertThat(browser.text("#amount")).isEqualTo("$108.78");
        JsonNode facility = browser.script("return Array.from(document.querySelectorAll('#claims-body td.facility'))"
                + ".map(c => c.textContent)");
        assertThat(facility.get(0).asText()).isEqualTo("$1,020.34");
        assertThat(facility.get(2).asText()).isEqualTo("$204.07");
        assertThat(browser.text("#bill-owes")).isEqualTo("$225.83");
        assertThat(browser.text("#bill-title")).endsWith("IF COVERED");
        assertThat(browser.text("#no-patient")).contains("12-month check");
        assertThat(browser.text("#findings")).contains("FREQUENCY-NOT-CHECKED");
        assertThat(browser.url()).contains("facilityCcn=050228", "code=62321", "setting=facility")
                .doesNotContain("patientId").doesNotContain("MRN");
        browser.screenshot(SCREENSHOTS.resolve("facility-by-ccn-no-patient.png"));

        // the id, typed in, adds only the 12-month check; it never reaches the link
        browser.type("#patient", "MRN-PAGE-CCN");
        browser.click("#submit");
        browser.await("return document.getElementById('eligibility-card').hidden", v -> !v.asBoolean());
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(browser.text("#bill-owes")).isEqualTo("$225.83");
        assertThat(browser.url()).doesNotContain("MRN");
    }

    /** Search as you type: a few letters of the name list the facilities; choosing one prices its claim. */
    @Test
    void theFacilityIsPickedByNameAsYouType() throws Exception {
        browser.open(base + "/?code=62321&setting=facility&date=2026-06-01&deductibleRemaining=0");
        awaitDone();
        browser.type("#facility-search", "zuckerberg gen");
        browser.await("return document.querySelectorAll('#facility-results li[data-ccn]').length", v -> v.asInt() > 0);
        assertThat(browser.text("#facility-results")).contains("ZUCKERBERG SAN FRANCISCO GENERAL", "(hospital)");
        browser.click("#facility-results li[data-ccn='050228']");
        assertThat(browser.script("return document.getElementById('facilityCcn').value").asText()).isEqualTo("050228");
        assertThat(browser.script("return document.getElementById('facility').value").asText())
                .isEqualTo("hospital-outpatient");
        browser.click("#submit");
        browser.await("return document.querySelector('#claims-body td.facility') !== null"
                + " && document.querySelector('#claims-body td.facility').textContent === '$1,020.34'",
                JsonNode::asBoolean);
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(browser.url()).contains("facilityCcn=050228");
    }

    /** On a phone-sized screen (375 px wide) the whole bill fits: nothing scrolls sideways. */
    @Test
    void itWorksOnAPhoneSizedScreen() throws Exception {
        browser.cdp("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 375, "height", 812,
                "deviceScaleFactor", 2, "mobile", true));
        try {
            browser.open(base + "/?code=62321&setting=facility&date=2026-06-01&facilityCcn=050228"
                    + "&deductibleRemaining=0&supplemental=medigap-g");
            assertThat(awaitDone()).isEqualTo("done");
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")
                    .asBoolean()).as("page width %s", browser.script("return document.documentElement.scrollWidth"))
                    .isTrue();
            assertThat(browser.text("#bill-owes")).isNotBlank();
            browser.screenshot(SCREENSHOTS.resolve("phone.png"));
        } finally {
            browser.cdp("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }
}
