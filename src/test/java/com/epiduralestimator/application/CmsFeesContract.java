package com.epiduralestimator.application;

import static com.epiduralestimator.domain.Dollars.dollars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.cmsdata.CmsScheduleFiles;
import com.epiduralestimator.cmsdata.Excerpts;
import com.epiduralestimator.domain.FeeQuote;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.ZipCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fees from CMS's own files (the excerpt of the CY2025 set in test resources), loaded through a feed as the
 * {@code load} command does, priced by {@link FeeLookup}: CMS's published figures to the cent. CY2026 is the same
 * excerpt loaded with CMS's two CY2026 conversion factors. Subclasses supply the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CmsFeesContract {
    static final LocalityId ALABAMA = new LocalityId("1011200");
    static final LocalityId SAN_FRANCISCO = new LocalityId("0111205");
    static final LocalDate JUNE_2025 = LocalDate.parse("2025-06-01");
    private FeeLookup fees;

    /** A store loaded with these feeds, in order. */
    protected abstract FeeSchedule scheduleLoadedWith(ScheduleFeed... feeds);

    public static CmsScheduleFiles excerpt(int year, Optional<BigDecimal> cf, Optional<BigDecimal> apmCf) {
        return new CmsScheduleFiles(year, Excerpts.file(Excerpts.RVU), Excerpts.file(Excerpts.GPCI),
                Optional.of(Excerpts.file(Excerpts.ZIP5)), Optional.of(Excerpts.file(Excerpts.OPPS_CAP)),
                com.epiduralestimator.TestSchedules.loadParameters(year, cf, apmCf));
    }

    @BeforeAll
    void load() {
        fees = new FeeLookup(scheduleLoadedWith(excerpt(2025, Optional.empty(), Optional.empty()),
                excerpt(2026, Optional.of(new BigDecimal("33.4009")), Optional.of(new BigDecimal("33.5675")))));
    }

    private FeeResolution fee(String code, String modifier, Setting setting, Optional<LocalityId> locality) {
        return fees.resolve(JUNE_2025, Set.of(new HcpcsCode(code)), modifier, setting, locality, Optional.empty(), false);
    }

    private FeeQuote quote(String code, String modifier, Setting setting, Optional<LocalityId> locality) {
        return fee(code, modifier, setting, locality).quotes().get(new HcpcsCode(code));
    }

    @ParameterizedTest(name = "62321 {0} {1} = {2}")
    @CsvSource({
            "        , NON_FACILITY, 251.01",
            "        , FACILITY,     103.83",
            "1011200 , NON_FACILITY, 224.68",
            "1011200 , FACILITY,      96.78",
            "0111205 , NON_FACILITY, 329.63",
            "0111205 , FACILITY,     120.79"})
    void theRulesFiguresFor62321(String locality, Setting setting, String amount) {
        FeeQuote quote = quote("62321", "", setting, Optional.ofNullable(locality).map(LocalityId::new));

        assertThat(quote.amount()).isEqualByComparingTo(dollars(amount));
        assertThat(quote.oppsCapAmount()).isEmpty();
    }

    @Test
    void cmsExample72194AlabamaIsCappedAtTheOppsAmount() {
        // medicare-rules.md section 2, from CMS's PFALL: 72194 Alabama, PFS $218.70, OPPS $207.17 -> $207.17.
        for (Setting setting : Setting.values()) {
            FeeResolution fee = fee("72194", "", setting, Optional.of(ALABAMA));
            FeeQuote quote = fee.quotes().get(new HcpcsCode("72194"));

            assertThat(quote.pfsAmount()).as(setting.wireName()).isEqualByComparingTo(dollars("218.70"));
            assertThat(quote.oppsCapAmount()).as(setting.wireName()).hasValueSatisfying(
                    c -> assertThat(c).isEqualByComparingTo(dollars("207.17")));
            assertThat(quote.amount()).as(setting.wireName()).isEqualByComparingTo(dollars("207.17"));
            assertThat(fee.findings()).extracting(Finding::code).contains("FEE-OPPS-CAP");
        }
    }

    @Test
    void theTechnicalComponentHasItsOwnCapAndTheProfessionalNone() {
        FeeQuote tc = quote("72194", "TC", Setting.NON_FACILITY, Optional.of(ALABAMA));
        assertThat(tc.pfsAmount()).isEqualByComparingTo(dollars("165.93"));
        assertThat(tc.amount()).isEqualByComparingTo(dollars("154.41"));

        FeeQuote pc = quote("72194", "26", Setting.NON_FACILITY, Optional.of(ALABAMA));
        assertThat(pc.amount()).isEqualByComparingTo(dollars("52.76"));
        assertThat(pc.oppsCapAmount()).isEmpty();
    }

    @Test
    void capsArePerLocalityAndThereIsNoNationalCap() {
        FeeQuote sf = quote("72194", "", Setting.NON_FACILITY, Optional.of(SAN_FRANCISCO));
        assertThat(sf.pfsAmount()).isEqualByComparingTo(dollars("334.49"));
        assertThat(sf.amount()).isEqualByComparingTo(dollars("315.67"));

        FeeQuote national = quote("72194", "", Setting.NON_FACILITY, Optional.empty());
        assertThat(national.amount()).isEqualByComparingTo(dollars("246.48"));
        assertThat(national.oppsCapAmount()).isEmpty();
    }

    @Test
    void aCapByZipIsTheZipsLocalitys() {
        FeeResolution fee = fees.resolve(JUNE_2025, Set.of(new HcpcsCode("72194")), "", Setting.NON_FACILITY, Optional.empty(),
                Optional.of(new ZipCode("35004")), false);

        assertThat(fee.quotes().get(new HcpcsCode("72194")).amount()).isEqualByComparingTo(dollars("207.17"));
    }

    @Test
    void theNonFacilityNaIndicatorIsSaid() {
        FeeResolution fee = fee("11004", "", Setting.NON_FACILITY, Optional.empty());

        assertThat(fee.quotes().get(new HcpcsCode("11004")).amount()).isEqualByComparingTo(dollars("546.98"));
        assertThat(fee.quotes().get(new HcpcsCode("11004")).notApplicable()).isTrue();
        assertThat(fee.findings()).extracting(Finding::code).containsExactly("FEE-NA");
        assertThat(fee("11004", "", Setting.FACILITY, Optional.empty()).findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: status {1}")
    @CsvSource({"20930, B, bundled", "0001F, I, not valid for Medicare", "00100, J, anesthesia",
            "80161, X, statutory exclusion", "A2001, C, contractor-priced"})
    void codesCmsDoesNotPriceAre422WithTheirStatus(String code, String status, String meaning) {
        assertThatThrownBy(() -> fee(code, "", Setting.FACILITY, Optional.of(ALABAMA)))
                .isInstanceOf(UnsupportedRequestException.class)
                .hasMessageContaining("status " + status).hasMessageContaining(meaning)
                .satisfies(e -> assertThat(((UnsupportedRequestException) e).rule()).isEqualTo("FEE-STATUS"));
    }

    @Test
    void theModifier53RowIsPriced() {
        assertThat(quote("45378", "53", Setting.FACILITY, Optional.empty()).row().workRvu())
                .isEqualByComparingTo("1.63");
    }

    @Test
    void twoConversionFactorsAreChosenByTheRequestAndTheOtherYearIsUntouched() {
        LocalDate date = LocalDate.parse("2026-03-01");
        FeeResolution plain = fees.resolve(date, Set.of(new HcpcsCode("62321")), "", Setting.NON_FACILITY, Optional.empty(),
                Optional.empty(), false);
        FeeResolution apm = fees.resolve(date, Set.of(new HcpcsCode("62321")), "", Setting.NON_FACILITY, Optional.empty(),
                Optional.empty(), true);

        assertThat(plain.quotes().get(new HcpcsCode("62321")).amount()).isEqualByComparingTo(dollars("259.19")); // 7.76 x 33.4009
        assertThat(apm.quotes().get(new HcpcsCode("62321")).amount()).isEqualByComparingTo(dollars("260.48"));   // 7.76 x 33.5675
        assertThat(apm.assumptions()).noneMatch(a -> a.contains("one conversion factor"));
        FeeResolution y2025 = fees.resolve(JUNE_2025, Set.of(new HcpcsCode("62321")), "", Setting.NON_FACILITY, Optional.empty(),
                Optional.empty(), true);
        assertThat(y2025.quotes().get(new HcpcsCode("62321")).amount()).isEqualByComparingTo(dollars("251.01"));
        assertThat(y2025.assumptions()).anyMatch(a -> a.contains("one conversion factor ($32.3465)"));
    }
}
