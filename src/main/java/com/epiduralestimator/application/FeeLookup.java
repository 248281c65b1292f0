package com.epiduralestimator.application;

import com.epiduralestimator.domain.FeeFormula;
import com.epiduralestimator.domain.FeeNotFoundException;
import com.epiduralestimator.domain.MissingFee;
import com.epiduralestimator.domain.OppsCap;
import com.epiduralestimator.domain.FeeQuote;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.YearParametersUsed;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.StatusCode;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.ZipCode;
import com.epiduralestimator.domain.ZipLocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Use case: the fee of one or more codes for a date of service, setting and place (section 2 of the rules). */
public final class FeeLookup {
    private static final String PFS = "CMS Physician Fee Schedule";
    private final FeeSchedule schedule;
    private final ClaimEditsCatalog edits;

    /** A fee lookup that lists no claim-edit editions (tests of the fees alone). */
    public FeeLookup(FeeSchedule schedule) {
        this(schedule, new ClaimEditsCatalog(EditSource.NONE, EditSource.NONE));
    }

    /** @param edits the claim-edit editions, listed beside the schedule years ({@code GET /v1/schedules}) */
    public FeeLookup(FeeSchedule schedule, ClaimEditsCatalog edits) {
        this.schedule = schedule;
        this.edits = edits;
    }

    /** The claim-edit editions, bundled and loaded, read afresh ({@code GET /v1/schedules}). */
    public List<LoadedEdition> loadedEditions() {
        return edits.currentEditions();
    }

    /**
     * The Part B drug lines' prices (medicare-rules.md section 7): the ASP edition answering for the date, read only
     * when the claim has a drug line in an office (nothing is read otherwise).
     */
    OfficeDrugs drugs(LocalDate dateOfService, List<com.epiduralestimator.domain.SessionLine> claim,
                      Setting setting) {
        return OfficeDrugs.read(edits, dateOfService, claim, setting);
    }

    /** The loaded years, with their parameters and sources ({@code GET /v1/schedules}). */
    public List<LoadedSchedule> loadedSchedules() {
        return schedule.loadedSchedules();
    }

    /**
     * @param modifier      "" for the global service, or the modifier row to price ("26", "TC", "53")
     * @param qualifyingApm price with the year's conversion factor for qualifying APM participants (CY2026 on);
     *                      a year with a single conversion factor uses it, and says so
     * @throws FeeNotFoundException         no schedule year at or before the date's year, or no row for a code
     * @throws UnsupportedRequestException  FEE-STATUS: a code CMS does not price
     */
    public FeeResolution resolve(LocalDate dateOfService, Set<HcpcsCode> codes, String modifier, Setting setting,
                                 Optional<LocalityId> locality, Optional<ZipCode> zip, boolean qualifyingApm) {
        return resolve(read(dateOfService, codes, locality, zip), codes, modifier, setting, qualifyingApm);
    }

    /**
     * The schedule as read for a date of service and a place: the slice of the year (FEE-YEAR: else the latest
     * earlier year) with the rows of {@code codes}, one round trip. An estimate reads it before its claim edits are
     * judged, for every code they may keep, so that on DynamoDB the same round trip lists the loaded editions.
     */
    public record ScheduleRead(LocalDate dateOfService, Set<String> rowKeys, Optional<LocalityId> locality,
                               Optional<ZipCode> zip, ScheduleSlice slice, List<Finding> findings) {}

    /** @throws FeeNotFoundException no schedule year at or before the date's year */
    public ScheduleRead read(LocalDate dateOfService, Set<HcpcsCode> codes, Optional<LocalityId> locality,
                             Optional<ZipCode> zip) {
        List<Finding> findings = new ArrayList<>();
        int requestedYear = dateOfService.getYear();
        Set<String> rowKeys = new LinkedHashSet<>();
        for (HcpcsCode c : codes) {
            rowKeys.add(c.value()); // loops, not lambdas, on every estimate's path (docs/performance.md)
        }
        ScheduleSlice slice = schedule.slice(new SliceRequest(requestedYear, rowKeys, locality, zip));
        if (slice.year().isEmpty()) {
            // FEE-YEAR: the latest earlier year, never a later one.
            Integer earlier = slice.loadedYears().lower(requestedYear);
            if (earlier == null) {
                throw new FeeNotFoundException("No fee schedule is loaded for " + requestedYear
                        + " or an earlier year.");
            }
            findings.add(Finding.warning("FEE-YEAR", "The " + requestedYear + " fee schedule is not loaded; the "
                    + earlier + " schedule is used.", PFS));
            slice = schedule.slice(new SliceRequest(earlier, rowKeys, locality, zip));
            if (slice.year().isEmpty()) {
                throw new FeeNotFoundException("The " + earlier + " fee schedule is no longer loaded.");
            }
        }
        return new ScheduleRead(dateOfService, rowKeys, locality, zip, slice, List.copyOf(findings));
    }

    /**
     * The fees of {@code codes} from a schedule read ({@link #read}); read again if it lacks one of them.
     *
     * @throws FeeNotFoundException         no row for a code
     * @throws UnsupportedRequestException  FEE-STATUS: a code CMS does not price
     */
    public FeeResolution resolve(ScheduleRead read, Set<HcpcsCode> codes, String modifier, Setting setting,
                                 boolean qualifyingApm) {
        for (HcpcsCode c : codes) {
            if (!read.rowKeys().contains(c.value())) {
                read = read(read.dateOfService(), codes, read.locality(), read.zip());
                break;
            }
        }
        List<Finding> findings = new ArrayList<>(read.findings());
        List<String> assumptions = new ArrayList<>();
        int requestedYear = read.dateOfService().getYear();
        Optional<LocalityId> locality = read.locality();
        Optional<ZipCode> zip = read.zip();
        ScheduleSlice slice = read.slice();
        YearParameters year = slice.year().orElseThrow();
        YearParametersUsed used = new YearParametersUsed(requestedYear, year);
        Optional<Locality> priced = place(slice, locality, zip, year, findings, assumptions);
        BigDecimal cf = year.conversionFactor(qualifyingApm);
        Optional<String> cfAssumption = used.assumption(qualifyingApm && year.apmConversionFactor().isPresent()
                ? YearParameters.Parameter.APM_CONVERSION_FACTOR
                : YearParameters.Parameter.CONVERSION_FACTOR);
        if (cfAssumption.isPresent()) {
            assumptions.add(cfAssumption.get());
        }
        if (qualifyingApm && year.apmConversionFactor().isEmpty()) {
            assumptions.add("The " + year.year() + " schedule has one conversion factor ($"
                    + year.conversionFactor().toPlainString() + "): it applies to qualifying APM participants too.");
        }
        final ScheduleSlice found = slice;
        Map<HcpcsCode, FeeQuote> quotes = new LinkedHashMap<>();
        for (HcpcsCode code : codes) {
            FeeRow row = row(found, code, modifier, year.year());
            if (!StatusCode.isPriced(row.status())) {
                throw new UnsupportedRequestException("FEE-STATUS", "code", "CMS does not price " + code
                        + " under the physician fee schedule: status " + row.status() + ", "
                        + StatusCode.meaning(row.status()) + "."
                        + (com.epiduralestimator.domain.DrugLines.isDrug(code)
                        ? " " + com.epiduralestimator.domain.DrugLines.NOT_A_FEE : ""));
            }
            FeeQuote pfs = priced.isPresent() ? FeeFormula.local(row, setting, priced.get(), cf)
                    : FeeFormula.national(row, setting, cf);
            // OPPS cap: CMS caps imaging per locality (no national cap): the lower of the PFS and OPPS amounts.
            Optional<OppsCap> cap = priced.isPresent() ? found.cap(code.value(), modifier) : Optional.empty();
            FeeQuote quote = cap.isPresent() ? pfs.cappedBy(cap.get()) : pfs;
            if (priced.isPresent() && !found.oppsCapLoaded() && cappedByCms(row)) {
                assumptions.add("CMS caps the " + setting.wireName() + " PFS amount of " + code
                        + (modifier.isEmpty() ? "" : "-" + modifier) + " (diagnostic imaging) at the locality's OPPS"
                        + " amount; the " + year.year() + " schedule was loaded without CMS's OPPS cap file, so the"
                        + " cap was not applied.");
            }
            if (quote.cappedAtOpps()) {
                findings.add(Finding.info("FEE-OPPS-CAP", "The " + setting.wireName() + " PFS amount of " + code
                        + (modifier.isEmpty() ? "" : "-" + modifier) + " ($" + quote.pfsAmount() + ") is above CMS's"
                        + " OPPS amount for the locality ($" + quote.oppsCapAmount().orElseThrow() + "): Medicare"
                        + " allows the lower.", "CMS OPPS cap file"));
            }
            if (quote.notApplicable()) {
                findings.add(Finding.warning("FEE-NA", "CMS marks " + code + " as rarely or never performed in the "
                        + setting.wireName() + " setting (NA indicator): the " + setting.wireName()
                        + " amount is not applicable and a claim in that setting is at risk.", PFS));
            }
            quotes.put(code, quote);
        }
        return new FeeResolution(used, quotes, priced, findings, assumptions);
    }

    /**
     * A row CMS's OPPS cap can apply to: diagnostic imaging with a professional and a technical component (PC/TC
     * indicator 1), the global or technical service (never the professional component, -26). Only in a locality:
     * the cap is per locality, a national amount is never capped.
     */
    private static boolean cappedByCms(FeeRow row) {
        return "1".equals(row.pctc()) && !"26".equals(row.modifier());
    }

    private static FeeRow row(ScheduleSlice slice, HcpcsCode code, String modifier, int year) {
        List<FeeRow> rows = slice.rows().get(code.value());
        if (rows == null || rows.isEmpty()) {
            throw new FeeNotFoundException(MissingFee.forCode(code, year));
        }
        for (FeeRow r : rows) {
            if (r.modifier().equals(modifier)) {
                return r;
            }
        }
        throw new FeeNotFoundException(modifier.isEmpty()
                ? "No fee for code " + code + " without a modifier in the " + year + " schedule."
                : MissingFee.forModifier(code.value(), modifier, rows, year));
    }

    /** FEE-NATIONAL-DEFAULT: no place → national; a well-formed place the schedule lacks → national + warning. */
    private static Optional<Locality> place(ScheduleSlice slice, Optional<LocalityId> locality, Optional<ZipCode> zip,
                                            YearParameters year, List<Finding> findings, List<String> assumptions) {
        if (locality.isPresent()) {
            if (slice.locality().isEmpty()) {
                findings.add(Finding.warning("FEE-NATIONAL-DEFAULT", "Locality " + locality.get()
                        + " is not in the " + year.year() + " schedule: the national amount is used.", PFS));
            }
            return slice.locality();
        }
        if (zip.isPresent()) {
            Optional<ZipLocation> where = slice.zip();
            if (where.isEmpty() || slice.locality().isEmpty()) {
                findings.add(Finding.warning("FEE-NATIONAL-DEFAULT", "ZIP " + zip.get() + " is not in CMS's ZIP"
                        + " file for " + year.year() + ": the national amount is used.", PFS));
                return Optional.empty();
            }
            if (where.get().splitByPlusFour()) {
                findings.add(Finding.warning("FEE-ZIP-PLUS-FOUR", "CMS prices parts of ZIP " + zip.get()
                        + " by ZIP+4 in other localities: " + where.get().locality() + " is the ZIP's default;"
                        + " give the locality to be sure.", "CMS ZIP5 file"));
            }
            return slice.locality();
        }
        assumptions.add("No locality or ZIP given: the national amount is used.");
        return Optional.empty();
    }
}
