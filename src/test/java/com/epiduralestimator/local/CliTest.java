package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void invokeRunsOneFunctionOnAnEventFileLikeSamLocalInvoke() throws Exception {
        int status = cli.run(new String[] {"invoke", "FeesFunction", "events/fees-national.json"});
        assertThat(status).isZero();
        assertThat(out()).contains("\"statusCode\":200").contains("251.01");
        assertThat(err()).contains("development key").contains("in-memory");
    }

    @Test
    void invokeNamesTheFunctionsWhenOneIsUnknown() throws Exception {
        assertThat(cli.run(new String[] {"invoke", "NoSuchFunction", "events/fees-national.json"})).isEqualTo(2);
        assertThat(err()).contains("FeesFunction", "EstimatesFunction", "SessionsFunction");
    }

    @Test
    void invokeReportsAMissingEventFile() throws Exception {
        assertThat(cli.run(new String[] {"invoke", "FeesFunction", "events/nope.json"})).isEqualTo(2);
        assertThat(err()).contains("no event file");
    }

    @Test
    void badArgumentsPrintUsage() throws Exception {
        assertThat(cli.run(new String[] {})).isEqualTo(2);
        assertThat(cli.run(new String[] {"serve", "--prot", "1"})).isEqualTo(2);
        assertThat(cli.run(new String[] {"frobnicate"})).isEqualTo(2);
        assertThat(err()).contains("usage:").contains("unknown option --prot");
    }

    @Test
    void loadingAYearFromCmsFilesNeedsItsParameters() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cli.run(new String[] {"load", "--year", "2027",
                        "--rvu", "PPRRVU2027_Jan.csv", "--gpci", "GPCI2027.csv", "--sequestration-rate", "0.02"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing --part-b-deductible");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cli.run(new String[] {"load", "--year", "2027",
                        "--rvu", "PPRRVU2027_Jan.csv", "--gpci", "GPCI2027.csv", "--part-b-deductible", "two hundred",
                        "--sequestration-rate", "0.02"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--part-b-deductible must be a dollar amount such as 283");
    }

    @Test
    void loadThenInvokeAgainstARealDynamoDb() throws Exception {
        String endpoint = DynamoDbTestServer.get().endpoint().toString();
        // The default table names: this test owns them on the shared test server.
        assertThat(cli.run(new String[] {"load", "--dynamodb-endpoint", endpoint})).isZero();
        assertThat(out()).contains("loaded CY2025").contains("109 localities").contains("42956 ZIP codes");
        // Loading again is harmless.
        assertThat(cli.run(new String[] {"load", "--dynamodb-endpoint", endpoint})).isZero();
        out.reset();
        assertThat(cli.run(new String[] {"invoke", "FeesFunction", "events/fees-san-francisco.json",
                "--dynamodb-endpoint", endpoint})).isZero();
        assertThat(out()).contains("\"statusCode\":200").contains("329.63");
        out.reset();
        assertThat(cli.run(new String[] {"invoke", "EstimatesFunction", "events/estimates-contract-example.json",
                "--dynamodb-endpoint", endpoint})).isZero();
        assertThat(out()).contains("\"statusCode\":200").contains("94.70");
    }
}
