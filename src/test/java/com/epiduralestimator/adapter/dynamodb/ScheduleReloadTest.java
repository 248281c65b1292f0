package com.epiduralestimator.adapter.dynamodb;

import static com.epiduralestimator.domain.Dollars.dollars;
import static com.epiduralestimator.application.ScheduleFixtures.normalized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.Money;
import com.epiduralestimator.application.FeeLookup;
import com.epiduralestimator.application.FeeSchedule;
import com.epiduralestimator.application.ScheduleSlice;
import com.epiduralestimator.application.SliceRequest;
import com.epiduralestimator.cmsdata.CmsFileException;
import com.epiduralestimator.cmsdata.CmsScheduleFiles;
import com.epiduralestimator.cmsdata.Excerpts;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.Setting;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reloads on a real DynamoDB-compatible server: a reload switches from the old data to the new as a whole, a load
 * that fails (malformed file) leaves nothing visible, and years sit side by side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleReloadTest {
    private static final LocalityId ALABAMA = new LocalityId("1011200");
    private static final SliceRequest ASK = new SliceRequest(2025, Set.of("62321", "64479", "72194", "99213"),
            Optional.of(ALABAMA), Optional.empty());
    private final DynamoDbClient client = DynamoDbTestServer.get().client();

    @TempDir
    Path dir;

    @AfterAll
    void closeClient() {
        client.close();
    }

    private String newTable() {
        String table = DynamoDbTestServer.uniqueTableName("reload");
        new DynamoTables(client).createIfAbsent(table);
        return table;
    }

    /** The excerpt with the RVU file's lines changed by {@code edit}; written under a fresh folder. */
    private CmsScheduleFiles files(int year, List<String> rvu, Optional<BigDecimal> cf, Optional<BigDecimal> apm)
            throws IOException {
        Path folder = Files.createTempDirectory(dir, "cms");
        Path file = folder.resolve(Excerpts.RVU);
        Files.writeString(file, Excerpts.text(rvu), StandardCharsets.ISO_8859_1);
        return new CmsScheduleFiles(year, file, Excerpts.file(Excerpts.GPCI), Optional.of(Excerpts.file(Excerpts.ZIP5)),
                Optional.of(Excerpts.file(Excerpts.OPPS_CAP)),
                com.epiduralestimator.TestSchedules.loadParameters(year, cf, apm));
    }

    private CmsScheduleFiles excerpt2025() throws IOException {
        return files(2025, Excerpts.lines(Excerpts.RVU), Optional.empty(), Optional.empty());
    }

    /** The excerpt with every work RVU of 62321 and 99213 raised by 1.00 (a "quarterly revision"). */
    private static List<String> revised() {
        List<String> rvu = Excerpts.lines(Excerpts.RVU);
        for (String code : List.of("62321,", "99213,")) {
            int at = Excerpts.indexOf(rvu, code);
            String work = rvu.get(at).split(",", -1)[5];
            rvu.set(at, Excerpts.replaceCell(rvu.get(at), 5, new BigDecimal(work).add(BigDecimal.ONE).toPlainString()));
        }
        return rvu;
    }

    private static Money amount(FeeSchedule schedule, String code) {
        return new FeeLookup(schedule).resolve(LocalDate.parse("2025-06-01"), Set.of(new HcpcsCode(code)), "", Setting.NON_FACILITY,
                Optional.of(ALABAMA), Optional.empty(), false).quotes().get(new HcpcsCode(code)).amount();
    }

    private String activeSlot(String table, int year) {
        var item = client.getItem(b -> b.tableName(table).key(FeeKeys.catalogKey()).consistentRead(true)).item();
        return FeeCatalogMapper.catalog(item).years().get(year).slot();
    }

    @Test
    void aReloadSwitchesFromTheOldDataToTheNewAsAWhole() throws IOException {
        String table = newTable();
        ScheduleLoader loader = new ScheduleLoader(client, table);
        FeeSchedule schedule = new DynamoFeeSchedule(client, table);
        loader.load(excerpt2025(), ScheduleLoader.Listener.NONE);
        assertThat(amount(schedule, "62321")).isEqualByComparingTo(dollars("224.68"));
        assertThat(activeSlot(table, 2025)).isEqualTo("A");

        loader.load(files(2025, revised(), Optional.empty(), Optional.empty()), ScheduleLoader.Listener.NONE);

        assertThat(activeSlot(table, 2025)).isEqualTo("B");
        assertThat(amount(schedule, "62321")).isEqualByComparingTo(dollars("257.02")); // (2.95 + 5.63 x .869 + .18 x .575) x CF
        assertThat(schedule.slice(ASK).rows().get("99213").get(0).workRvu()).isEqualByComparingTo("2.30");
        assertThat(amount(schedule, "72194")).isEqualByComparingTo(dollars("207.17"));

        loader.load(excerpt2025(), ScheduleLoader.Listener.NONE); // and back, into slot A again

        assertThat(activeSlot(table, 2025)).isEqualTo("A");
        assertThat(amount(schedule, "62321")).isEqualByComparingTo(dollars("224.68"));
        assertThat(schedule.slice(ASK).rows().get("99213").get(0).workRvu()).isEqualByComparingTo("1.30");
    }

    @Test
    void aLoadStoppedByAMalformedFileLeavesNothingVisibleAndTheNextLoadSwitchesFully() throws IOException {
        String table = newTable();
        ScheduleLoader loader = new ScheduleLoader(client, table);
        FeeSchedule schedule = new DynamoFeeSchedule(client, table);
        loader.load(excerpt2025(), ScheduleLoader.Listener.NONE);
        ScheduleSlice before = normalized(schedule.slice(ASK));

        // The revision's 62321 row streams into the inactive slot before the malformed row stops the load.
        List<String> broken = revised();
        int at = Excerpts.indexOf(broken, "G0117,");
        broken.set(at, Excerpts.replaceCell(broken.get(at), 5, "0.4S"));
        assertThatThrownBy(() -> loader.load(files(2025, broken, Optional.empty(), Optional.empty()),
                ScheduleLoader.Listener.NONE))
                .isInstanceOf(CmsFileException.class)
                .hasMessage("PPRRVU2025_Oct.csv line " + (at + 1) + ", field WORK RVU: not a non-negative decimal"
                        + " number: '0.4S'");

        assertThat(normalized(schedule.slice(ASK))).isEqualTo(before);
        assertThat(amount(schedule, "62321")).isEqualByComparingTo(dollars("224.68"));
        assertThat(activeSlot(table, 2025)).isEqualTo("A");

        // The failed load released its claim: a good reload goes through and switches every code.
        loader.load(files(2025, revised(), Optional.empty(), Optional.empty()), ScheduleLoader.Listener.NONE);

        assertThat(amount(schedule, "62321")).isEqualByComparingTo(dollars("257.02"));
        assertThat(schedule.slice(ASK).rows().get("99213").get(0).workRvu()).isEqualByComparingTo("2.30");
    }

    @Test
    void loadingAnotherYearLeavesTheFirstUntouched() throws IOException {
        String table = newTable();
        ScheduleLoader loader = new ScheduleLoader(client, table);
        FeeSchedule schedule = new DynamoFeeSchedule(client, table);
        loader.load(excerpt2025(), ScheduleLoader.Listener.NONE);
        ScheduleSlice before = normalized(schedule.slice(ASK));

        loader.load(files(2026, revised(), Optional.of(new BigDecimal("33.4009")), Optional.of(new BigDecimal("33.5675"))),
                ScheduleLoader.Listener.NONE);

        ScheduleSlice after = normalized(schedule.slice(ASK));
        assertThat(after.rows()).isEqualTo(before.rows());
        assertThat(after.caps()).isEqualTo(before.caps());
        assertThat(after.locality()).isEqualTo(before.locality());
        assertThat(after.year()).isEqualTo(before.year());
        assertThat(after.loadedYears()).containsExactly(2025, 2026);
        ScheduleSlice y2026 = schedule.slice(new SliceRequest(2026, Set.of("62321"), Optional.empty(), Optional.empty()));
        assertThat(y2026.year().orElseThrow().conversionFactor(true)).isEqualByComparingTo("33.5675");
        assertThat(y2026.rows().get("62321").get(0).workRvu()).isEqualByComparingTo("2.95");
    }

    @Test
    void aSecondLoadOfTheSameYearWhileOneRunsIsRefused() throws IOException {
        String table = newTable();
        ScheduleLoader loader = new ScheduleLoader(client, table);
        CmsScheduleFiles second = excerpt2025();
        AtomicReference<Throwable> refused = new AtomicReference<>();
        ScheduleLoader.Listener tryAnother = lines -> {
            if (refused.get() == null) {
                try {
                    loader.load(second, ScheduleLoader.Listener.NONE);
                    refused.set(new AssertionError("the second load was not refused"));
                } catch (IllegalStateException e) {
                    refused.set(e);
                }
            }
        };

        loader.load(excerpt2025(), tryAnother);

        assertThat(refused.get()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another load of 2025");
        assertThat(amount(new DynamoFeeSchedule(client, table), "62321")).isEqualByComparingTo(dollars("224.68"));
        loader.load(excerpt2025(), ScheduleLoader.Listener.NONE); // the claim ended with the first load
    }
}
