package com.epiduralestimator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Services;
import com.epiduralestimator.adapter.http.LambdaHarness.MutableClock;
import com.epiduralestimator.adapter.http.LambdaHarness.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #8 through the handlers, on the bundled schedule as {@code serve} and {@code load} carry it (CY2025 and
 * CY2026), over a store the subclass supplies: today (2026-11-27) is answered from CY2026, a 2025 date still from
 * CY2025, the year follows the date at the edges, a 2027 date borrows CY2026's parameters and says so, and
 * {@code GET /v1/schedules} says what is loaded.
 *
 * <p>CY2026 figures (cms-2026/README.md), worked from the bundled RVUs and GPCIs, rounded half-up once:
 * 62321 national NF (1.90 + 6.20 + 0.18) = 8.28 x 33.4009 = 276.559 -> 276.56; F (1.90 + 0.78 + 0.18) = 2.86 x
 * 33.4009 = 95.527 -> 95.53; APM 8.28 x 33.5675 = 277.939 -> 277.94, 2.86 x 33.5675 = 96.003 -> 96.00.
 */
abstract class CurrentScheduleContract {
    /** "Today" in the issue. */
    static final Instant TODAY = Instant.parse("2026-11-27T12:00:00Z");

    /** Handler wiring over the store, loaded with the bundled years, on {@code clock}. */
    protected abstract Services servicesLoadedWithTheBundledYears(MutableClock clock);

    private LambdaHarness harness(Instant now) {
        return LambdaHarness.on(servicesLoadedWithTheBundledYears(new MutableClock(now)));
    }

    private static ObjectNode fees(String query) {
        ObjectNode event = LambdaHarness.event("fees-national.json");
        event.put("rawQueryString", query);
        ObjectNode params = event.putObject("queryStringParameters");
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], kv[1]);
        }
        return event;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.get("code").asText()));
        }
        return out;
    }

    @Test
    void todayWithoutADateIsAnsweredFromCy2026WithNoFeeYearWarning() {
        LambdaHarness lambda = harness(TODAY);
        for (String[] c : new String[][] {{"non-facility", "276.56"}, {"facility", "95.53"}}) {
            Response r = lambda.invoke("today " + c[0], fees("code=62321&setting=" + c[0]));
            assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
            assertThat(r.body().get("year").asInt()).isEqualTo(2026);
            assertThat(r.body().get("amount").decimalValue()).isEqualByComparingTo(c[1]);
            assertThat(texts(r.body().get("findings"))).doesNotContain("FEE-YEAR");
            assertThat(texts(r.body().get("assumptions"))).noneMatch(a -> a.contains("is not known"));
        }
    }

    @Test
    void a2025DateIsStillAnsweredFromCy2025() {
        // 7.76 x 32.3465 = 251.009 -> 251.01; 3.21 x 32.3465 = 103.832 -> 103.83
        LambdaHarness lambda = harness(TODAY);
        Response nf = lambda.invoke("2025 nf", fees("code=62321&setting=non-facility&date=2025-06-01"));
        Response f = lambda.invoke("2025 f", fees("code=62321&setting=facility&date=2025-06-01"));
        assertThat(nf.body().get("year").asInt()).isEqualTo(2025);
        assertThat(nf.body().get("amount").decimalValue()).isEqualByComparingTo("251.01");
        assertThat(f.body().get("amount").decimalValue()).isEqualByComparingTo("103.83");
        assertThat(texts(nf.body().get("findings"))).doesNotContain("FEE-YEAR");
    }

    @ParameterizedTest(name = "date {0} -> CY{1}, {2}")
    @CsvSource({"2025-12-31, 2025, 251.01", "2026-01-01, 2026, 276.56"})
    void theDateOfServiceChoosesTheYearAtTheEdges(String date, int year, String amount) {
        Response r = harness(TODAY).invoke(date, fees("code=62321&setting=non-facility&date=" + date));
        assertThat(r.body().get("year").asInt()).isEqualTo(year);
        assertThat(r.body().get("amount").decimalValue()).isEqualByComparingTo(amount);
    }

    @ParameterizedTest(name = "no date at {0} -> CY{1}")
    @CsvSource({"2025-12-31T23:59:59Z, 2025, 251.01", "2026-01-01T00:00:00Z, 2026, 276.56"})
    void withoutADateTodayInUtcChoosesTheYear(String now, int year, String amount) {
        Response r = harness(Instant.parse(now)).invoke(now, fees("code=62321&setting=non-facility"));
        assertThat(r.body().get("year").asInt()).isEqualTo(year);
        assertThat(r.body().get("amount").decimalValue()).isEqualByComparingTo(amount);
    }

    /**
     * Every other CY2026 figure of cms-2026/README.md, from the bundled GPCIs (GPCI2026.csv), e.g. Alabama
     * (work 1.000, PE 0.875, MP 0.566): NF 1.90 + 6.20 x 0.875 + 0.18 x 0.566 = 7.42688 x 33.4009 = 248.064 ->
     * 248.06; F 1.90 + 0.78 x 0.875 + 0.10188 = 2.68438 x 33.4009 = 89.661 -> 89.66. San Francisco (1.095, 1.410,
     * 0.425): NF 10.899 x 33.4009 = 364.036 -> 364.04, F 1.90 x 1.095 + 0.78 x 1.410 + 0.0765 = 3.2568 x 33.4009 =
     * 108.780 -> 108.78. Manhattan (1.064, 1.162, 1.586): NF 2.0216 + 7.2044 + 0.28548 = 9.51148 x 33.4009 =
     * 317.692 -> 317.69, F 2.0216 + 0.90636 + 0.28548 = 3.21344 x 33.4009 = 107.332 -> 107.33. 64483 national:
     * (1.85 + 5.91 + 0.17) = 7.93 x 33.4009 = 264.869 -> 264.87; (1.85 + 0.96 + 0.17) = 2.98 x 33.4009 = 99.535 ->
     * 99.53.
     */
    @ParameterizedTest(name = "{0} {1} apm={2}: {3} / {4}")
    @CsvSource({
            "62321, ''     , false, 276.56, 95.53",
            "62321, ''     , true , 277.94, 96.00",
            "62321, 1011200, false, 248.06, 89.66",
            "62321, 0111205, false, 364.04, 108.78",
            "62321, 1320201, false, 317.69, 107.33",
            "64483, ''     , false, 264.87, 99.53"})
    void everyCy2026FigureOfTheCmsReadme(String code, String locality, boolean apm, String nonFacility,
                                         String facility) {
        LambdaHarness lambda = harness(TODAY);
        String place = (locality.isEmpty() ? "" : "&locality=" + locality) + (apm ? "&apm=true" : "");
        Response nf = lambda.invoke("nf", fees("code=" + code + "&setting=non-facility&date=2026-06-01" + place));
        Response f = lambda.invoke("f", fees("code=" + code + "&setting=facility&date=2026-06-01" + place));
        assertThat(nf.status()).as(nf.rawBody()).isEqualTo(200);
        assertThat(nf.body().get("year").asInt()).isEqualTo(2026);
        assertThat(nf.body().get("amount").decimalValue()).isEqualByComparingTo(nonFacility);
        assertThat(f.body().get("amount").decimalValue()).isEqualByComparingTo(facility);
        assertThat(nf.body().at("/breakdown/conversionFactor").decimalValue())
                .isEqualByComparingTo(apm ? "33.5675" : "33.4009");
    }

    /**
     * A 2027 date: CY2027 is not loaded, so the fee and every parameter are CY2026's, each named. San Francisco
     * (GPCI2026: work 1.095, PE 1.410, MP 0.425) non-facility 62321 at CY2026: 1.90 x 1.095 + 6.20 x 1.410 +
     * 0.18 x 0.425 = 2.0805 + 8.742 + 0.0765 = 10.899 x 33.4009 = 364.036 -> 364.04 (docs/api-examples.md's).
     * No deductibleRemaining: the 2026 deductible, $283, is assumed to remain: deductibleApplied 283.00;
     * 364.04 - 283.00 = 81.04; coinsurance 20% = 16.208 -> 16.21; Medicare 81.04 - 16.21 = 64.83; after the
     * (2026) 2% sequestration 64.83 x 0.98 = 63.5334 -> 63.53; patientPays 283.00 + 16.21 = 299.21.
     */
    @Test
    void a2027EstimateWithoutDeductibleIsAnsweredFromCy2026WithEachParameterNamed() {
        ObjectNode event = LambdaHarness.withBody("estimates-contract-example.json", Map.of(
                "dateOfService", "2027-03-01", "setting", "non-facility"));
        ObjectNode body;
        try {
            body = (ObjectNode) LambdaHarness.JSON.readTree(event.get("body").asText());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        body.remove("deductibleRemaining");
        event.put("body", body.toString());

        Response r = harness(TODAY).invoke("2027", event);

        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
        assertThat(r.body().at("/fee/year").asInt()).isEqualTo(2026);
        assertThat(r.body().at("/fee/allowed").decimalValue()).isEqualByComparingTo("364.04");
        JsonNode payment = r.body().get("payment");
        assertThat(payment.get("deductibleApplied").decimalValue()).isEqualByComparingTo("283.00");
        assertThat(payment.get("coinsurance").decimalValue()).isEqualByComparingTo("16.21");
        assertThat(payment.get("patientPays").decimalValue()).isEqualByComparingTo("299.21");
        assertThat(payment.get("medicarePays").decimalValue()).isEqualByComparingTo("64.83");
        assertThat(payment.get("medicarePaysAfterSequestration").decimalValue()).isEqualByComparingTo("63.53");
        assertThat(texts(r.body().get("findings"))).contains("FEE-YEAR");
        assertThat(texts(r.body().get("assumptions"))).contains(
                "The 2027 PFS conversion factor is not known; the 2026 amount, $33.4009, is assumed.",
                "The 2027 Part B deductible is not known; the 2026 amount, $283, is assumed.",
                "deductibleRemaining not given: the whole 2027 Part B deductible ($283.00, the 2026 amount) is"
                        + " assumed to remain.",
                "The 2027 sequestration rate is not known; the 2026 rate, 2%, is assumed.");
    }

    @Test
    void schedulesListsTheBundledYearsWithTheirParametersAndSources() {
        Instant before = Instant.now();
        LambdaHarness lambda = harness(TODAY);
        Response r = lambda.invoke("schedules.json");
        assertThat(r.status()).as(r.rawBody()).isEqualTo(200);
        JsonNode years = r.body().get("years");
        assertThat(years).hasSize(2);
        JsonNode y2025 = years.get(0);
        JsonNode y2026 = years.get(1);
        assertThat(y2025.get("year").asInt()).isEqualTo(2025);
        assertThat(y2025.get("conversionFactor").decimalValue()).isEqualByComparingTo("32.3465");
        assertThat(y2025.get("apmConversionFactor").isNull()).isTrue();
        assertThat(y2025.get("partBDeductible").decimalValue()).isEqualByComparingTo("257");
        assertThat(y2025.get("partADeductible").decimalValue()).isEqualByComparingTo("1676");
        assertThat(y2025.get("oppsConversionFactor").decimalValue()).isEqualByComparingTo("89.169");
        assertThat(y2025.get("ascConversionFactor").decimalValue()).isEqualByComparingTo("54.895");
        assertThat(y2025.get("medigapKOutOfPocketLimit").decimalValue()).isEqualByComparingTo("7060");
        assertThat(y2025.get("medigapLOutOfPocketLimit").decimalValue()).isEqualByComparingTo("3530");
        assertThat(y2025.get("medigapHighDeductible").decimalValue()).isEqualByComparingTo("2870");
        assertThat(y2026.get("year").asInt()).isEqualTo(2026);
        assertThat(y2026.get("conversionFactor").decimalValue()).isEqualByComparingTo("33.4009");
        assertThat(y2026.get("apmConversionFactor").decimalValue()).isEqualByComparingTo("33.5675");
        assertThat(y2026.get("partBDeductible").decimalValue()).isEqualByComparingTo("283");
        assertThat(y2026.get("partADeductible").decimalValue()).isEqualByComparingTo("1736");
        assertThat(y2026.get("oppsConversionFactor").decimalValue()).isEqualByComparingTo("91.415");
        assertThat(y2026.get("ascConversionFactor").decimalValue()).isEqualByComparingTo("56.322");
        assertThat(y2026.get("sequestrationRate").decimalValue()).isEqualByComparingTo("0.02");
        assertThat(y2026.get("medigapKOutOfPocketLimit").decimalValue()).isEqualByComparingTo("8000");
        assertThat(y2026.get("medigapLOutOfPocketLimit").decimalValue()).isEqualByComparingTo("4000");
        assertThat(y2026.get("medigapHighDeductible").decimalValue()).isEqualByComparingTo("2950");
        for (JsonNode y : years) {
            assertThat(y.get("oppsCapLoaded").asBoolean()).isFalse();
            // the bundled facility data (issue 10), which serve holds and load loads, for both years
            assertThat(texts(y.get("facilityRates"))).containsExactly("asc", "hospital-outpatient");
            assertThat(Instant.parse(y.get("loadedAt").asText())).isBefore(Instant.now().plusSeconds(1))
                    .isAfter(before.minusSeconds(600));
            assertThat(y.get("source")).hasSize(3);
        }
        assertThat(y2026.get("source").get(0).get("file").asText()).isEqualTo("PPRRVU2026_Jul_nonQPP.csv");
        assertThat(y2026.get("source").get(0).get("sha256").asText())
                .isEqualTo("b7d197e73211ef6854c213c267d5fa9dec8df995db8e1ee7d44c0556ad7cee21");
        assertThat(y2026.get("source").get(1).get("file").asText()).isEqualTo("GPCI2026.csv");
        assertThat(y2026.get("source").get(2).get("file").asText()).isEqualTo("ZIP5_JAN2026.txt");
        assertThat(y2025.get("source").get(0).get("file").asText()).isEqualTo("PPRRVU2025_Oct.csv");
    }
}
