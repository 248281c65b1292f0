package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The estimate page's procedure families and the encounter's other lines (issue 19) in headless Chromium against
 * `serve`: a diagnostic facet block at two levels with KX, a facet RFA at two joints (an office, a capped patient,
 * a hospital's comprehensive J1 claim), and an office visit with modifier 25 beside an ESI and its drug. Every
 * figure is the API's (docs/families.md "Checked examples", CY2026 national, deductible met); the page adds none up.
 */
class EncounterPageBrowserTest {
    private static final String DONE = "return document.getElementById('status').dataset.state";
    private static final Path SCREENSHOTS = Path.of("target", "estimate-page");
    /** The request bodies the page sends, recorded by wrapping fetch. */
    private static final String RECORD = "window.sent = []; var f = window.fetch; window.fetch = function (u, i) {"
            + " window.sent.push(String(u) + ' ' + (i && i.body || '')); return f.apply(this, arguments); };";

    private static LocalServer server;
    private static String base;
    private static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
        ServeCommand serve = new ServeCommand(print, print);
        server = serve.start(CommandOptions.parse(List.of("--port", "0"), serve.spec()));
        String banner = console.toString(StandardCharsets.UTF_8);
        base = banner.substring(banner.indexOf("listening on ") + "listening on ".length()).split(" ")[0];
        browser = Chromium.start(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.stop();
    }

    private static String awaitDone() throws Exception {
        return browser.await(DONE, v -> v.asText().equals("done") || v.asText().equals("error")).asText();
    }

    private static String value(String id) throws Exception {
        return browser.script("return document.getElementById('" + id + "').value").asText();
    }

    private static boolean hidden(String id) throws Exception {
        return browser.script("return document.getElementById('" + id + "').hidden").asBoolean();
    }

    private static void choose(String id, String value) throws Exception {
        browser.script("var s = document.getElementById('" + id + "'); s.value = '" + value + "';"
                + " s.dispatchEvent(new Event('change', {bubbles: true}));");
    }

    private static void shoot(String file) throws Exception {
        browser.script("document.getElementById('bill-card').scrollIntoView()");
        browser.screenshot(SCREENSHOTS.resolve(file));
    }

    /** Each line of a claim as shown: "code-modifiers units allowed | note". */
    private static List<String> lines(String claim) throws Exception {
        JsonNode rows = browser.script("return Array.from(document.querySelectorAll('#lines-body tr[data-claim="
                + claim + "]')).map(r => r.querySelector('.code').textContent + ' ' + r.querySelector('.units')"
                + ".textContent + ' ' + r.querySelector('.allowed').textContent + ' | '"
                + " + r.querySelector('.note').textContent)");
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String column(String css) throws Exception {
        return browser.script("return Array.from(document.querySelectorAll('#claims-body td." + css + "'))"
                + ".map(c => c.textContent)").toString();
    }

    /**
     * Chosen in the form: a diagnostic lumbar facet block (64493) at 2 levels with KX, in an office, national,
     * deductible met. The page sends lines 64493-KX + 64494-KX and purpose diagnostic; the API answers 190.39 +
     * 95.86 = 286.25 allowed (64494 an add-on at 100%), coinsurance 20% = 57.25, Medicare 229.00 less 2% = 224.42.
     */
    @Test
    void aDiagnosticFacetBlockAtTwoLevelsWithKx() throws Exception {
        browser.open(base + "/?setting=non-facility&date=2026-03-02&deductibleRemaining=0");
        awaitDone();
        assertThat(hidden("purpose-label")).as("an ESI asks no purpose").isTrue();
        choose("family", "facet");
        assertThat(value("code")).isEqualTo("64490");
        assertThat(hidden("purpose-label")).as("a facet block asks the purpose").isFalse();
        browser.script("var c = document.getElementById('code'); c.value = '64493';"
                + " c.dispatchEvent(new Event('input'));");
        assertThat(hidden("levels-label")).isFalse();
        choose("levels", "2");
        browser.type("#modifiers", "KX");
        choose("purpose", "diagnostic");
        browser.script(RECORD);
        browser.click("#submit");
        browser.await("return document.getElementById('lines-card').hidden", v -> !v.asBoolean());
        assertThat(awaitDone()).as(browser.text("#status")).isEqualTo("done");

        String sent = browser.script("return window.sent.join('\\n')").asText();
        assertThat(sent).contains("\"purpose\":\"diagnostic\"", "\"lines\":[{\"code\":\"64493\",\"units\":1,"
                + "\"modifiers\":[\"KX\"]},{\"code\":\"64494\",\"units\":1,\"modifiers\":[\"KX\"]}]");
        assertThat(lines("physician")).containsExactly("64493-KX \u00d7 1 $190.39 | ", "64494-KX \u00d7 1 $95.86 | ");
        // allowed, deductible, coinsurance, patient pays, supplement pays, patient owes, Medicare after 2%
        assertThat(column("physician")).isEqualTo(
                "[\"$286.25\",\"$0.00\",\"$57.25\",\"$57.25\",\"$0.00\",\"$57.25\",\"$224.42\"]");
        assertThat(browser.text("#bill-owes")).isEqualTo("$57.25");
        assertThat(browser.text("#amount")).as("the fee card is the first level's").isEqualTo("$190.39");
        String url = browser.url();
        assertThat(url).contains("lines=64493*1*KX&lines=64494*1*KX", "purpose=diagnostic", "setting=non-facility")
                .doesNotContain("code=");

        // The link alone brings the same form and answer back, and the patient id the facet family's own cap.
        browser.open(url);
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(List.of(value("family"), value("code"), value("levels"), value("modifiers"), value("purpose")))
                .containsExactly("facet", "64493", "2", "KX", "diagnostic");
        assertThat(browser.text("#bill-owes")).isEqualTo("$57.25");
        browser.type("#patient", "MRN-PAGE-FACET");
        browser.click("#submit");
        browser.await("return document.getElementById('eligibility-card').hidden", v -> !v.asBoolean());
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(browser.text("#verdict")).startsWith("Covered");
        assertThat(browser.text("#cap-summary")).isEqualTo("0 of 4 diagnostic lumbar/sacral facet block sessions used"
                + " in the 12 months from 3 Mar 2025 to 1 Mar 2026. After this one, 3 more in that window.");
        assertThat(browser.url()).doesNotContain("MRN");
        shoot("facet-block.png");

        // Without the purpose the API cannot say which cap counts: its 422 is shown naming the field.
        choose("purpose", "");
        browser.click("#submit");
        assertThat(awaitDone()).isEqualTo("error");
        assertThat(browser.text("#status")).contains("PURPOSE-REQUIRED", "purpose");
    }

    /**
     * A lumbar facet RFA at two joints (64635 + 64636) from a link. Office: 464.94 + 251.51 = 716.45, coinsurance
     * 20% = 143.29 (143.29 = round(716.45 x 0.2)), Medicare 573.16 less 2% = 561.70. With two RFA sessions recorded
     * (1 Jun and 1 Dec 2025) the cap of 2 is reached: both lines not covered (FREQ-CAP), next eligible 1 Jun 2026
     * (the day the 1 Jun 2025 session leaves the window). In a hospital: the RFA is status J1, one comprehensive
     * payment 1995.02 with 64636 packaged; coinsurance 399.004 -> 399.01 (a hospital's rounds up), physician at
     * facility rates 173.02 + 50.77 = 223.79, coinsurance 44.76; the patient owes 44.76 + 399.01 = 443.77.
     */
    @Test
    void aFacetRfaAtTwoJointsInAnOfficeCappedAndInAHospital() throws Exception {
        String link = "/?lines=64635&lines=64636&setting=non-facility&date=2026-03-02&deductibleRemaining=0"
                + "&imagingGuidance=fluoroscopy";
        browser.open(base + link);
        assertThat(awaitDone()).as(browser.text("#status")).isEqualTo("done");
        assertThat(List.of(value("family"), value("code"), value("levels"))).containsExactly("facet-rfa", "64635", "2");
        assertThat(hidden("purpose-label")).as("the RFA has one cap for any purpose").isTrue();
        assertThat(lines("physician")).containsExactly("64635 \u00d7 1 $464.94 | ", "64636 \u00d7 1 $251.51 | ");
        assertThat(column("physician")).isEqualTo(
                "[\"$716.45\",\"$0.00\",\"$143.29\",\"$143.29\",\"$0.00\",\"$143.29\",\"$561.70\"]");

        HttpClient http = HttpClient.newHttpClient();
        for (String date : List.of("2025-06-01", "2025-12-01")) {
            HttpResponse<String> recorded = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/sessions"))
                    .header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"patientId\":\"MRN-PAGE-RFA\",\"dateOfService\":\""
                            + date + "\",\"code\":\"64635\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(recorded.statusCode()).isEqualTo(201);
        }
        browser.type("#patient", "MRN-PAGE-RFA");
        browser.click("#submit");
        browser.await("return document.getElementById('eligibility-card').hidden", v -> !v.asBoolean());
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(browser.text("#verdict")).startsWith("Not covered");
        assertThat(browser.text("#cap-summary")).isEqualTo("2 of 2 lumbar/sacral facet RFA sessions used in the 12"
                + " months from 3 Mar 2025 to 1 Mar 2026. Next eligible on 1 Jun 2026.");
        assertThat(lines("physician")).allSatisfy(l -> assertThat(l).contains("Not covered (FREQ-CAP)"));
        assertThat(browser.text("#findings")).contains("L38803");
        shoot("rfa-capped.png");

        browser.open(base + link.replace("non-facility", "facility") + "&facilityType=hospital-outpatient");
        assertThat(awaitDone()).as(browser.text("#status")).isEqualTo("done");
        assertThat(lines("facility")).containsExactly("64635 \u00d7 1 $1,995.02 | status J1",
                "64636 \u00d7 1 $0.00 | status N; packaged into the comprehensive (J1) line 64635:"
                        + " no separate payment");
        assertThat(column("physician")).startsWith("[\"$223.79\",\"$0.00\",\"$44.76\"");
        assertThat(column("facility")).startsWith("[\"$1,995.02\",\"$0.00\",\"$399.01\"");
        assertThat(browser.text("#bill-owes")).isEqualTo("$443.77");
        shoot("rfa-hospital.png");
    }

    /**
     * An office encounter: a cervical/thoracic interlaminar ESI (62321) and an established-patient visit with
     * modifier 25 (99213-25), then the drug, triamcinolone J3301 x 4 (40 mg). Without the drug: 276.56 + 95.19 =
     * 371.75 allowed, coinsurance 20% = 74.35, Medicare 297.40 less 2% = 291.45. The drug's line is sent with its
     * code and units and shown as the API prices it (the ASP payment limit, docs/encounter.md), with its JZ.
     */
    @Test
    void anOfficeVisitWithModifier25BesideAnInjectionAndItsDrug() throws Exception {
        browser.open(base + "/?code=62321&setting=non-facility&date=2026-03-02&deductibleRemaining=0");
        awaitDone();
        choose("visit", "99213");
        assertThat(browser.script("return document.getElementById('visit-25').checked").asBoolean()).isTrue();
        browser.click("#submit");
        browser.await("return document.querySelectorAll('#lines-body tr[data-code=\"99213\"]').length",
                v -> v.asInt() > 0);
        assertThat(awaitDone()).as(browser.text("#status")).isEqualTo("done");
        assertThat(lines("physician")).containsExactly("62321 \u00d7 1 $276.56 | ", "99213-25 \u00d7 1 $95.19 | ");
        assertThat(column("physician")).isEqualTo(
                "[\"$371.75\",\"$0.00\",\"$74.35\",\"$74.35\",\"$0.00\",\"$74.35\",\"$291.45\"]");
        assertThat(browser.url()).contains("lines=62321&lines=99213*1*25");

        choose("drug", "J3301");
        browser.script("document.getElementById('drug-units').value = '4'");
        browser.script(RECORD);
        browser.click("#submit");
        String state = awaitDone();
        assertThat(browser.script("return window.sent.join('\\n')").asText()).contains("\"lines\":[{\"code\":\"62321\","
                + "\"units\":1,\"modifiers\":[]},{\"code\":\"99213\",\"units\":1,\"modifiers\":[\"25\"]},"
                + "{\"code\":\"J3301\",\"units\":4,\"modifiers\":[]}]");
        assertThat(browser.url()).contains("lines=62321&lines=99213*1*25&lines=J3301*4");
        assertThat(state).as(browser.text("#status")).isEqualTo("done");
        // the drug at the ASP payment limit (2025Q4, the bundled quarter): 0.844 x 4 = 3.376 -> 3.38
        assertThat(lines("physician")).containsExactly("62321 \u00d7 1 $276.56 | ", "99213-25 \u00d7 1 $95.19 | ",
                "J3301 \u00d7 4 $3.38 | ASP payment limit 2025Q4: $0.844 per 10 MG x 4 = 3.376");
        // 276.56 + 95.19 + 3.38 = 375.13; coinsurance 20% = 75.026 -> 75.03; Medicare 300.10 less 2% = 294.098
        // -> 294.10
        assertThat(column("physician")).isEqualTo(
                "[\"$375.13\",\"$0.00\",\"$75.03\",\"$75.03\",\"$0.00\",\"$75.03\",\"$294.10\"]");
        assertThat(browser.text("#findings")).contains("JZ-JW");
        // nothing discarded: JZ, and the finding goes
        browser.click("#drug-jz");
        browser.click("#submit");
        browser.await("return location.search.indexOf('J3301*4*JZ') >= 0", JsonNode::asBoolean);
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(lines("physician")).contains("J3301-JZ \u00d7 4 $3.38 | ASP payment limit 2025Q4:"
                + " $0.844 per 10 MG x 4 = 3.376");
        assertThat(browser.text("#findings")).doesNotContain("JZ-JW");
        shoot("office-encounter.png");

        // the link brings the visit and the drug back into the form
        browser.open(browser.url());
        awaitDone();
        assertThat(List.of(value("code"), value("visit"), value("drug"), value("drug-units"), value("other-lines")))
                .containsExactly("62321", "99213", "J3301", "4", "");
        assertThat(browser.script("return document.getElementById('drug-jz').checked").asBoolean()).isTrue();
    }

    /**
     * A diagnostic SI joint injection (27096-KX), office, national, deductible met: 175.69 allowed, the patient's 20%
     * 35.138 -> 35.14. Its diagnostic cap (2) counts over the whole recorded history: said so, with no timeline.
     * Then therapeutic and bilateral (27096-50): 150% of 175.69 = 263.535 -> 263.54 on one line.
     */
    @Test
    void aSacroiliacJointInjectionCountsItsDiagnosticCapOverTheWholeHistory() throws Exception {
        browser.open(base + "/?lines=27096*1*KX&purpose=diagnostic&setting=non-facility&date=2026-03-02"
                + "&deductibleRemaining=0");
        awaitDone();
        assertThat(List.of(value("family"), value("code"), value("purpose"))).containsExactly("sacroiliac", "27096",
                "diagnostic");
        assertThat(hidden("levels-label")).as("an SI injection has no levels").isTrue();
        browser.type("#patient", "MRN-PAGE-SI");
        browser.click("#submit");
        browser.await("return document.getElementById('eligibility-card').hidden", v -> !v.asBoolean());
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(lines("physician")).containsExactly("27096-KX \u00d7 1 $175.69 | ");
        assertThat(browser.text("#patient-pays")).isEqualTo("$35.14");
        assertThat(browser.text("#cap-summary")).isEqualTo("0 of 2 diagnostic SI joint sessions used in the patient's"
                + " whole recorded history (this cap has no 12-month window). After this one, 1 more in that history.");
        assertThat(hidden("timeline")).isTrue();

        choose("purpose", "therapeutic");
        browser.type("#modifiers", "50");
        browser.click("#submit");
        browser.await("return document.getElementById('cap-summary').textContent.indexOf('therapeutic') >= 0",
                JsonNode::asBoolean);
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(lines("physician")).containsExactly("27096-50 \u00d7 1 $263.54 | bilateral 150%");
        assertThat(browser.text("#cap-summary"))
                .startsWith("0 of 4 therapeutic SI joint sessions used in the 12 months");
        assertThat(hidden("timeline")).isFalse();
        assertThat(browser.url()).contains("lines=27096*1*50", "purpose=therapeutic");
    }

    /** On a phone-sized screen (375 px wide) the form's new fields and the claims' lines fit: nothing scrolls sideways. */
    @Test
    void theEncounterFitsOnAPhoneSizedScreen() throws Exception {
        browser.cdp("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 375, "height", 812,
                "deviceScaleFactor", 2, "mobile", true));
        try {
            browser.open(base + "/?lines=64635&lines=64636&lines=99213*1*25&lines=J1100*10*JZ&setting=facility"
                    + "&facilityType=hospital-outpatient&date=2026-03-02&deductibleRemaining=0");
            awaitDone();
            assertThat(List.of(value("visit"), value("drug"), value("drug-units"))).containsExactly("99213", "J1100",
                    "10");
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")
                    .asBoolean()).as("page width %s", browser.script("return document.documentElement.scrollWidth"))
                    .isTrue();
            shoot("encounter-phone.png");
        } finally {
            browser.cdp("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    /** Lines the form has no field for stay in "other lines" as written, and a line typed wrong is named. */
    @Test
    void otherLinesRoundTripThroughTheLinkAndAWrongOneIsNamed() throws Exception {
        browser.open(base + "/?lines=64493&lines=99213*1*25&lines=99152&purpose=therapeutic&setting=non-facility"
                + "&date=2026-03-02&deductibleRemaining=0");
        assertThat(awaitDone()).as(browser.text("#status")).isEqualTo("done");
        // 64493 190.39 + 99213-25 95.19 + 99152 51.44 = 337.02 (docs/families.md), sedation warned (A58745)
        assertThat(value("other-lines")).isEqualTo("99152");
        assertThat(column("physician")).startsWith("[\"$337.02\"");
        assertThat(browser.text("#findings")).contains("SEDATION");
        browser.type("#other-lines", "99152 77003*x");
        browser.click("#submit");
        assertThat(awaitDone()).isEqualTo("error");
        assertThat(browser.text("#status")).contains("Not a line", "77003*X");
    }
}
