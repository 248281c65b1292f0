package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.Config;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.dynamodb.DynamoFacilitySchedule;
import com.epiduralestimator.application.FacilitySlice;
import com.epiduralestimator.application.FacilitySliceRequest;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code load-facility}: CMS's facility files as shipped (excerpts), a hand-made Addendum B, and the bundle. */
class FacilityLoadCommandTest {
    private static final String DIR = "src/test/resources/cms-facility-excerpt/";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private FacilitySlice slice(int year, String code, String cbsa) {
        try (DynamoDbClient client = DynamoDbTestServer.get().client()) {
            // the default table names, as the command uses them (FEE_TABLE is not set in tests)
            return new DynamoFacilitySchedule(client, Config.from(Map.of()).feeTable())
                    .slice(new FacilitySliceRequest(year, Set.of(code), Optional.of(cbsa)));
        }
    }

    @Test
    void loadsCmsFilesAsShippedWithAddendumB() throws Exception {
        String endpoint = DynamoDbTestServer.get().endpoint().toString();
        assertThat(cli.run(new String[] {"load-facility", "--year", "2026",
                "--asc-addendum", DIR + "ASC_AddendumAA_20260401.csv",
                "--asc-wage-index", DIR + "ASC_wage_index_CY2026.csv",
                "--opps-wage-index", DIR + "OPPS_cbsa_wage_index_2026.csv",
                "--opps-assignments", DIR + "Addendum_B_handmade_2026.csv",
                "--dynamodb-endpoint", endpoint})).as(err.toString(StandardCharsets.UTF_8)).isZero();
        // the 28 codes of the AA excerpt (0095T, 0101T, 14 epidural, 12 facet/RFA/SI); 62321/62323/64483/64484
        // also from Addendum B
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("loaded facility CY2026").contains("28 codes")
                .contains("types hospital-outpatient, hospital-outpatient-off-campus, asc");
        FacilitySlice slice = slice(2026, "62323", "12420");
        assertThat(slice.rates().get("62323").opps().orElseThrow().rate()).isEqualByComparingTo("1234.56");
        assertThat(slice.rates().get("62323").asc().orElseThrow().rate()).isEqualByComparingTo("387.46");
        assertThat(slice.floors().get("TX").ruralFloor().orElseThrow()).isEqualByComparingTo("0.9721");
        assertThat(slice(2026, "0101T", "12420").rates().get("0101T").opps()).isEmpty();

        // Addendum B as converted to CSV (no APC column: the APC of a rate from the APC rates), ASC side left out
        out.reset();
        assertThat(cli.run(new String[] {"load-facility", "--year", "2026",
                "--opps-wage-index", DIR + "OPPS_cbsa_wage_index_2026.csv",
                "--opps-apc-rates", DIR + "OPPS_apc_rate_2026_excerpt.csv",
                "--opps-assignments", DIR + "OPPS_addendum_B_2026_Apr_converted.csv",
                "--dynamodb-endpoint", endpoint})).as(err.toString(StandardCharsets.UTF_8)).isZero();
        FacilitySlice own = slice(2026, "62323", "12420");
        assertThat(own.types()).containsExactlyInAnyOrder(FacilityType.HOSPITAL_OUTPATIENT,
                FacilityType.HOSPITAL_OUTPATIENT_OFF_CAMPUS);
        assertThat(own.rates().get("62323").opps().orElseThrow().rate()).isEqualByComparingTo("721.17");
        assertThat(own.rates().get("62323").opps().orElseThrow().apc()).contains("5442");
        FacilityRate rfa = slice(2026, "64633", "12420").rates().get("64633");
        assertThat(rfa.opps().orElseThrow().status()).isEqualTo("J1");
        assertThat(rfa.opps().orElseThrow().apc()).contains("5431"); // 1995.02 = APC 5431's 2026 rate
        assertThat(slice(2026, "27096", "12420").rates().get("27096").opps().orElseThrow().status()).isEqualTo("B");
        // a drug's rate per unit keeps its third decimal place in January (24.491); April's is 18.78
        assertThat(slice(2026, "J3300", "12420").rates().get("J3300").opps().orElseThrow().rate())
                .isEqualByComparingTo("18.78");

        // the bundled years
        out.reset();
        assertThat(cli.run(new String[] {"load-facility", "--dynamodb-endpoint", endpoint})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("loaded facility CY2025").contains(
                "loaded facility CY2026");
        assertThat(slice(2025, "62321", "12420").rates().get("62321").opps().orElseThrow().rate())
                .isEqualByComparingTo("692.52");
        // every code of Addendum B, not the epidural family only: the RFA's J1 rate (2026 $1,995.02)
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("CY2026 \\(slot [AB]\\): 190[0-9]{2} codes");
        assertThat(slice(2026, "64633", "12420").rates().get("64633").opps().orElseThrow().rate())
                .isEqualByComparingTo("1995.02");
    }

    @Test
    void aMalformedFileLoadsNothingAndSaysWhere() throws Exception {
        assertThat(cli.run(new String[] {"load-facility", "--year", "2026",
                "--asc-addendum", DIR + "OPPS_apc_rate_2026_excerpt.csv",
                "--asc-wage-index", DIR + "ASC_wage_index_CY2026.csv",
                "--dynamodb-endpoint", DynamoDbTestServer.get().endpoint().toString()})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("OPPS_apc_rate_2026_excerpt.csv")
                .contains("not an Addendum AA").contains("nothing was loaded");
    }

    @Test
    void incompleteSidesAreRefused() throws Exception {
        assertThat(cli.run(new String[] {"load-facility", "--year", "2026", "--asc-addendum",
                DIR + "ASC_AddendumAA_20260401.csv"})).isEqualTo(2);
        assertThat(cli.run(new String[] {"load-facility", "--year", "2026", "--opps-apc-rates",
                DIR + "OPPS_apc_rate_2026_excerpt.csv"})).isEqualTo(2);
        assertThat(cli.run(new String[] {"load-facility", "--year", "2031", "--opps-wage-index",
                DIR + "OPPS_cbsa_wage_index_2026.csv", "--opps-apc-rates", DIR + "OPPS_apc_rate_2026_excerpt.csv"}))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: the ASC side needs both --asc-addendum"
                + " and --asc-wage-index").contains("error: the hospital side needs --opps-wage-index")
                .contains("error: the hospital side needs --opps-assignments");
    }
}
