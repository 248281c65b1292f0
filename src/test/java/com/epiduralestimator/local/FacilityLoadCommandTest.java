package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.Config;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.dynamodb.DynamoFacilitySchedule;
import com.epiduralestimator.application.FacilitySlice;
import com.epiduralestimator.application.FacilitySliceRequest;
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
        // 0095T, 0101T and the 14 epidural codes of the AA excerpt; 62321/62323/64483/64484 also from Addendum B
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("loaded facility CY2026").contains("16 codes")
                .contains("types hospital-outpatient, hospital-outpatient-off-campus, asc");
        FacilitySlice slice = slice(2026, "62323", "12420");
        assertThat(slice.rates().get("62323").opps().orElseThrow().rate()).isEqualByComparingTo("1234.56");
        assertThat(slice.rates().get("62323").asc().orElseThrow().rate()).isEqualByComparingTo("387.46");
        assertThat(slice.floors().get("TX").ruralFloor().orElseThrow()).isEqualByComparingTo("0.9721");
        assertThat(slice(2026, "0101T", "12420").rates().get("0101T").opps()).isEmpty();

        // APC rates with the project's own assignment (the default), ASC side left out
        out.reset();
        assertThat(cli.run(new String[] {"load-facility", "--year", "2026",
                "--opps-wage-index", DIR + "OPPS_cbsa_wage_index_2026.csv",
                "--opps-apc-rates", DIR + "OPPS_apc_rate_2026_excerpt.csv",
                "--dynamodb-endpoint", endpoint})).isZero();
        FacilitySlice own = slice(2026, "62323", "12420");
        assertThat(own.types()).containsExactlyInAnyOrder(FacilityType.HOSPITAL_OUTPATIENT,
                FacilityType.HOSPITAL_OUTPATIENT_OFF_CAMPUS);
        assertThat(own.rates().get("62323").opps().orElseThrow().rate()).isEqualByComparingTo("721.17");

        // the bundled years
        out.reset();
        assertThat(cli.run(new String[] {"load-facility", "--dynamodb-endpoint", endpoint})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("loaded facility CY2025").contains(
                "loaded facility CY2026");
        assertThat(slice(2025, "62321", "12420").rates().get("62321").opps().orElseThrow().rate())
                .isEqualByComparingTo("692.52");
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
                .contains("error: no code → APC assignment for 2031");
    }
}
