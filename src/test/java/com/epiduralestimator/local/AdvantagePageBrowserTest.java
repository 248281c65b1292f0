package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The estimate page for a Medicare Advantage member (issue 20) in headless Chromium against `serve`: a link with the
 * plan's terms and no patient id shows the plan's fields, what the member owes and what the plan pays, per claim and
 * in total; the link the page writes keeps the plan's terms and never the patient id.
 *
 * <p>Figures (docs/medicare-advantage.md's examples, CY2026, locality 0111205 San Francisco, 2026-06-01): 62321 in
 * the office is allowed $364.04; the plan's $40 copay is the member's, the plan pays 364.04 - 40.00 = $324.04. In a
 * hospital outpatient department (CBSA 41884): physician $108.78, the plan's $100 deductible first (member 100.00,
 * plan 8.78, then a $0 copay); the hospital 721.17 x (0.6 x 1.6914 + 0.4) = 1020.3402 -> $1,020.34, its $250 copay:
 * plan 770.34; in all the member 100.00 + 250.00 = $350.00 and the plan 8.78 + 770.34 = $779.12.
 */
class AdvantagePageBrowserTest {
    private static final String OFFICE = "/?code=62321&setting=non-facility&locality=0111205&date=2026-06-01"
            + "&imagingGuidance=fluoroscopy&maPhysicianCopay=40&maOutOfPocketRemaining=1200";
    private static final String DONE = "return document.getElementById('status').dataset.state";
    private static final Path SCREENSHOTS = Path.of("target", "estimate-page");

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

    private static JsonNode column(String cls) throws Exception {
        return browser.script("return Array.from(document.querySelectorAll('#claims-body td." + cls + "'))"
                + ".map(c => c.textContent)");
    }

    private static boolean hidden(String id) throws Exception {
        return browser.script("return document.getElementById('" + id + "').hidden").asBoolean();
    }

    /** The office example: the member's $40.00 copay, the plan's 364.04 - 40.00 = $324.04, per claim and in total. */
    @Test
    void aLinkWithThePlansTermsShowsTheMembersCopayAndWhatThePlanPays() throws Exception {
        browser.open(base + OFFICE);
        assertThat(awaitDone()).as(browser.text("#status")).isEqualTo("done");
        assertThat(browser.script("return document.getElementById('coverage').value").asText())
                .isEqualTo("medicare-advantage");
        assertThat(hidden("advantage")).isFalse();
        assertThat(hidden("deductible-label")).as("the Part B deductible is not a plan member's").isTrue();
        assertThat(browser.script("return document.getElementById('ma-physician').value").asText()).isEqualTo("40");
        assertThat(browser.script("return document.getElementById('ma-percent').value").asText()).isEqualTo("100");

        assertThat(browser.text("#bill-owes")).isEqualTo("$40.00");
        assertThat(browser.text("#bill-summary")).isEqualTo("The patient owes $40.00 in all. The plan pays $324.04.");
        // allowed, plan deductible, copay, coinsurance, member pays, Medicaid pays, member owes, plan pays
        assertThat(column("physician").toString()).isEqualTo(
                "[\"$364.04\",\"$0.00\",\"$40.00\",\"$0.00\",\"$40.00\",\"$0.00\",\"$40.00\",\"$324.04\"]");
        JsonNode total = column("total");
        assertThat(total.get(6).asText()).isEqualTo("$40.00");
        assertThat(total.get(7).asText()).isEqualTo("$324.04");
        assertThat(browser.text("#claims-body")).contains("The plan pays", "The member owes")
                .doesNotContain("Part B", "sequestration");
        assertThat(browser.text("#medicare-pays-label")).isEqualTo("The plan pays");
        assertThat(browser.text("#medicare-pays")).isEqualTo("$324.04");
        assertThat(browser.text("#patient-pays")).isEqualTo("$40.00");
        assertThat(browser.text("#split-detail")).contains("a $40.00 copay", "the plan pays $324.04");
        assertThat(browser.text("#findings")).contains("PRIOR-AUTH-PLAN");
        browser.screenshot(SCREENSHOTS.resolve("medicare-advantage-office.png"));
    }

    /** The request carries the plan as the API's object; the link keeps it and never the patient id. */
    @Test
    void theLinkKeepsThePlansTermsAndNeverThePatientId() throws Exception {
        browser.open(base + OFFICE);
        awaitDone();
        browser.script("window.sent = []; var f = window.fetch; window.fetch = function (u, i) {"
                + " window.sent.push(String(u) + ' ' + (i && i.body || '')); return f.apply(this, arguments); };");
        browser.type("#patient", "MRN-PAGE-MA-0001");
        browser.click("#submit");
        browser.await("return document.getElementById('eligibility-card').hidden", v -> !v.asBoolean());
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(browser.text("#bill-owes")).isEqualTo("$40.00");
        String sent = browser.script("return window.sent.join('\\n')").asText();
        assertThat(sent).contains("\"medicareAdvantage\":{\"physician\":{\"copay\":40},\"outOfPocketRemaining\":1200,"
                        + "\"allowedPercentOfMedicare\":100,\"priorAuthorization\":\"unknown\"}")
                .doesNotContain("deductibleRemaining").doesNotContain("participation");

        String url = browser.url();
        assertThat(url).contains("maPhysicianCopay=40", "maOutOfPocketRemaining=1200", "maAllowedPercentOfMedicare=100",
                "maPriorAuthorization=unknown", "code=62321", "locality=0111205")
                .doesNotContain("MRN").doesNotContain("patient").doesNotContain("deductibleRemaining=");
        assertThat(browser.script("return document.getElementById('share').href").asText()).isEqualTo(url);
        JsonNode requested = browser.script("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(requested.toString()).doesNotContain("MRN-PAGE-MA");

        // the page's own link, opened afresh, shows the same plan and the same answer
        browser.open(url);
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(browser.text("#bill-owes")).isEqualTo("$40.00");
        assertThat(column("total").get(7).asText()).isEqualTo("$324.04");
    }

    /**
     * Chosen on the page: the plan's fields appear only with Medicare Advantage. The hospital example: the member
     * $350.00 (100.00 deductible + 250.00 copay), the plan 8.78 + 770.34 = $779.12; coinsurance and the facility's
     * copay go in the link under their own names.
     */
    @Test
    void choosingTheCoverageShowsThePlansFieldsAndPricesBothClaims() throws Exception {
        browser.open(base + "/?code=62321&setting=facility&locality=0111205&date=2026-06-01"
                + "&facilityType=hospital-outpatient&facilityCbsa=41884");
        awaitDone();
        assertThat(hidden("advantage")).isTrue();
        browser.script("var c = document.getElementById('coverage'); c.value = 'medicare-advantage';"
                + " c.dispatchEvent(new Event('change'));");
        assertThat(hidden("advantage")).isFalse();
        browser.type("#ma-physician", "0");
        browser.script("document.getElementById('ma-facility-kind').value = 'copay';"
                + " document.getElementById('ma-prior-auth').value = 'obtained';");
        browser.type("#ma-facility", "250");
        browser.type("#ma-deductible", "100");
        browser.click("#submit");
        browser.await("return document.getElementById('bill-owes').textContent", v -> v.asText().equals("$350.00"));
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(column("physician").get(7).asText()).isEqualTo("$8.78");
        assertThat(column("facility").toString()).isEqualTo(
                "[\"$1,020.34\",\"$0.00\",\"$250.00\",\"$0.00\",\"$250.00\",\"$0.00\",\"$250.00\",\"$770.34\"]");
        assertThat(column("total").get(7).asText()).isEqualTo("$779.12");
        assertThat(browser.url()).contains("maPhysicianCopay=0", "maFacilityCopay=250", "maDeductibleRemaining=100",
                "maPriorAuthorization=obtained");

        browser.script("document.getElementById('ma-facility-kind').value = 'coinsurancePercent';");
        browser.click("#submit");
        browser.await("return location.search", v -> v.asText().contains("maFacilityCoinsurancePercent=250"));
        assertThat(awaitDone()).as("250% is refused by the API, naming the field").isEqualTo("error");
        assertThat(browser.text("#status")).contains("medicareAdvantage.facility");

        browser.script("var c = document.getElementById('coverage'); c.value = 'original';"
                + " c.dispatchEvent(new Event('change'));");
        assertThat(hidden("advantage")).isTrue();
        browser.click("#submit");
        assertThat(awaitDone()).isEqualTo("done");
        assertThat(browser.url()).doesNotContainPattern("[?&]ma[A-Z]").contains("participation=participating");
        assertThat(browser.text("#medicare-pays-label")).isEqualTo("Medicare pays");
    }
}
