package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import com.epiduralestimator.adapter.dynamodb.DynamoEditStore;
import com.epiduralestimator.application.LoadedEdition;
import com.epiduralestimator.cmsdata.FileDigest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code load-edits}: CMS's edit files as shipped (excerpts in CMS's layouts) into DynamoDB, listed with their sha256. */
class EditsLoadCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.ISO_8859_1);
    }

    /**
     * The command writes the default fee table other tests share: the editions are old (2019), so that the bundled
     * ones, newer, still answer every date those tests estimate.
     */
    @Test
    void loadsEachTableAsAnEditionListedInGetSchedulesWithItsFilesSha256() throws Exception {
        Path f1 = write("ccipra-v321r0-f1.txt", "CPT codes copyright 2025 American Medical Association.\n"
                + "Column 1\tColumn 2\t*\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale\n"
                + "64635\t64493\t\t20190101\t*\t1\tMisuse of column two code with column one code\n");
        Path f2 = write("ccipra-v321r0-f2.txt", "Column 1\tColumn 2\t*\tEffective Date\tDeletion Date\tModifier\t"
                + "PTP Edit Rationale\n27096\t64635\t\t20180401\t*\t1\tMisuse of column two code with column one code\n");
        Path icd = write("icd10cm_order_2019.txt",
                "40001 M5450   1 Low back pain, unspecified                                   Low back pain\n");
        String endpoint = DynamoDbTestServer.get().endpoint().toString();
        assertThat(cli.run(new String[] {"load-edits", "--ptp-practitioner", f1 + "," + f2, "--icd10cm",
                icd.toString(), "--dynamodb-endpoint", endpoint})).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("loaded ncci-ptp-practitioner 2019Q1 (2019-01-01 to 2019-03-31): 2 active pairs from"
                        + " ccipra-v321r0-f1.txt sha256 " + FileDigest.sha256(f1))
                .contains("loaded icd10cm FY2019 (2018-10-01 to 2019-09-30): 1 codes");

        List<LoadedEdition> loaded;
        try (DynamoDbClient client = DynamoDbTestServer.get().client()) {
            loaded = new DynamoEditStore(client, Config.from(Map.of()).feeTable()).editions();
        }
        assertThat(loaded).extracting(e -> e.edition().kind().wireName() + " " + e.edition().name())
                .contains("ncci-ptp-practitioner 2019Q1", "icd10cm FY2019");

        out.reset();
        assertThat(cli.run(new String[] {"invoke", "FeesFunction", "events/schedules.json", "--dynamodb-endpoint",
                endpoint})).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String response = out.toString(StandardCharsets.UTF_8);
        assertThat(response).contains(FileDigest.sha256(f1)).contains(FileDigest.sha256(f2))
                .contains(FileDigest.sha256(icd))
                // the bundled editions are listed too
                .contains("b566d407c5578a2dfd1d2801003712e68f0cccaacc2c026da5e1b560f980bf32");
    }

    @Test
    void aMalformedFileLoadsNothingAndSaysWhere() throws Exception {
        Path bad = write("ccipra-bad.txt", "Column 1\tColumn 2\t*\tEffective Date\tDeletion Date\tModifier\tR\n"
                + "62323\t64483\t\t2026-01-01\t*\t1\tx\n");
        assertThat(cli.run(new String[] {"load-edits", "--ptp-hospital", bad.toString(), "--dynamodb-endpoint",
                DynamoDbTestServer.get().endpoint().toString()})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ccipra-bad.txt line 2, field Effective Date")
                .contains("nothing was loaded");
    }
}
