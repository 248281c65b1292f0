package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.FacilityData;
import com.epiduralestimator.domain.AscPaymentIndicator;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.StateFloor;
import com.epiduralestimator.domain.WageArea;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Assembles one year's {@link FacilityData} from what the facility readers read, the same way for the bundled
 * data and for {@code load}:
 * <ul>
 * <li>a code's OPPS side: its status and APC from the assignment (Addendum B, or the project's own file), its rate
 *     from Addendum B or else from the APC rates file (an APC missing there stops the build); status N pays 0;</li>
 * <li>a code's ASC side: Addendum AA's indicator, rate and discount flag; N1 pays 0 (any other row without a rate
 *     stops the build);</li>
 * <li>wage areas: every CBSA and state code of either table; a CBSA's states from its name's last word
 *     ("Wilmington, DE-MD-NJ" → DE, MD, NJ), a 2-digit code's from the state's name; the OPPS table's 2-digit rows
 *     give each state's floors (0.0000 = none).</li>
 * </ul>
 */
public final class FacilityDataBuilder {
    private static final Pattern STATES = Pattern.compile("[A-Z]{2}(-[A-Z]{2})*");
    /** CMS's 2-digit rows name the state in capitals. */
    static final Map<String, String> STATE_NAMES = stateNames();

    /** What one year's OPPS side was read from. */
    public record Opps(Map<String, OppsRateFileReader.Assignment> assignments,
                       Map<String, OppsRateFileReader.ApcRate> apcRates,
                       Map<String, WageIndexFileReader.OppsRow> wageIndex) {}

    /** What one year's ASC side was read from. */
    public record Asc(List<AscAddendumAaReader.Row> addendum, WageIndexFileReader.AscTable wageIndex) {}

    private FacilityDataBuilder() {}

    /**
     * @param codes which codes to keep (all of them for {@code load}, the epidural family for the bundle)
     */
    public static FacilityData build(int year, Optional<Opps> opps, Optional<Asc> asc, Predicate<String> codes) {
        if (opps.isEmpty() && asc.isEmpty()) {
            throw new IllegalArgumentException("give the OPPS files, the ASC files or both");
        }
        Map<String, FacilityRate.Opps> oppsRates = new TreeMap<>();
        opps.ifPresent(o -> o.assignments().values().stream().filter(a -> codes.test(a.code()))
                .forEach(a -> oppsRates.put(a.code(), opps(a, o.apcRates()))));
        Map<String, FacilityRate.Asc> ascRates = new TreeMap<>();
        asc.ifPresent(a -> a.addendum().stream().filter(r -> codes.test(r.code())).forEach(r -> {
            // packaged (N1) and not-paid (D5) rows have no rate: 0.00; a paid indicator without one stops the build
            boolean unpaid = r.paymentIndicator().equals("N1") || (r.rate().isEmpty() && AscPaymentIndicator
                    .parse(r.paymentIndicator()).map(AscPaymentIndicator::withoutRate).orElse(false));
            BigDecimal rate = unpaid ? BigDecimal.ZERO.setScale(2) : r.rate().orElseThrow(() ->
                    new CmsFileException("ASC Addendum AA", 0, "Payment Rate", r.code() + " (" + r.paymentIndicator()
                            + ") has no payment rate"));
            ascRates.put(r.code(), new FacilityRate.Asc(r.paymentIndicator(), rate, r.discounted()));
        }));
        Set<String> allCodes = new java.util.TreeSet<>(oppsRates.keySet());
        allCodes.addAll(ascRates.keySet());
        List<FacilityRate> rates = new ArrayList<>();
        for (String code : allCodes) {
            rates.add(new FacilityRate(code, Optional.ofNullable(oppsRates.get(code)),
                    Optional.ofNullable(ascRates.get(code))));
        }

        Map<String, WageIndexFileReader.OppsRow> oppsWage = opps.map(Opps::wageIndex).orElse(Map.of());
        Map<String, WageIndexFileReader.AscRow> ascWage = asc.map(a -> a.wageIndex().rows()).orElse(Map.of());
        Set<String> cbsas = new LinkedHashSet<>(oppsWage.keySet());
        cbsas.addAll(ascWage.keySet());
        List<WageArea> areas = new ArrayList<>();
        for (String cbsa : new java.util.TreeSet<>(cbsas)) {
            WageIndexFileReader.OppsRow o = oppsWage.get(cbsa);
            WageIndexFileReader.AscRow a = ascWage.get(cbsa);
            String name = o != null ? o.name() : a.name();
            List<String> states = states(cbsa, name);
            if (states.isEmpty() && o != null && a != null) {
                states = states(cbsa, a.name());
            }
            areas.add(new WageArea(cbsa, name, states,
                    Optional.ofNullable(o).map(WageIndexFileReader.OppsRow::geographic).filter(FacilityDataBuilder::set),
                    Optional.ofNullable(a).flatMap(WageIndexFileReader.AscRow::index).filter(FacilityDataBuilder::set)));
        }
        List<StateFloor> floors = new ArrayList<>();
        for (WageIndexFileReader.OppsRow row : oppsWage.values()) {
            String state = row.cbsa().length() == 2 ? STATE_NAMES.get(row.name().strip()) : null;
            if (state != null) {
                floors.add(new StateFloor(state, Optional.of(row.geographic()).filter(FacilityDataBuilder::set),
                        Optional.of(row.imputedFloor()).filter(FacilityDataBuilder::set)));
            }
        }
        Set<FacilityType> types = EnumSet.noneOf(FacilityType.class);
        if (opps.isPresent()) {
            types.add(FacilityType.HOSPITAL_OUTPATIENT);
            types.add(FacilityType.HOSPITAL_OUTPATIENT_OFF_CAMPUS);
        }
        if (asc.isPresent()) {
            types.add(FacilityType.ASC);
        }
        return new FacilityData(year, types, rates, areas, floors);
    }

    /** Statuses Addendum B always prices through an APC: one without a rate or an APC is an error, never 0. */
    private static final Set<String> APC_PRICED = Set.of("T", "S", "J1", "J2", "V");

    /**
     * A code's OPPS side: the rate Addendum B gives, else its APC's (from the APC rates file), else 0.00 for a code
     * Addendum B gives no rate (packaged N, or not paid at an OPPS rate: B, E1, A, ...). Addendum B as converted has
     * no APC column: the APC is the one APC of the APC rates file with the code's status and rate (an inference,
     * which the README of the CMS data states; empty when no APC or more than one matches). A J2 code paid on its own
     * is paid by a visit APC, whose status in the APC rates file is V (G0463: APC 5012 at the same rate).
     */
    static FacilityRate.Opps opps(OppsRateFileReader.Assignment a, Map<String, OppsRateFileReader.ApcRate> apcRates) {
        Optional<String> apc = a.apc().or(() -> a.rate().flatMap(rate -> {
            List<String> matching = apcRates.values().stream().filter(r -> (r.status().equals(a.status())
                    || a.status().equals("J2") && r.status().equals("V"))
                    && r.rate().compareTo(rate) == 0).map(OppsRateFileReader.ApcRate::apc).toList();
            return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
        }));
        BigDecimal rate;
        if (a.status().equals("N")) {
            rate = BigDecimal.ZERO.setScale(2);
        } else if (a.rate().isPresent()) {
            rate = a.rate().get();
        } else if (a.apc().isPresent()) {
            OppsRateFileReader.ApcRate apcRate = apcRates.get(a.apc().get());
            if (apcRate == null) {
                throw new CmsFileException("OPPS APC rates", 0, "APC", "APC " + a.apc().get() + " of " + a.code()
                        + " is not in the APC rates file");
            }
            rate = apcRate.rate();
        } else if (APC_PRICED.contains(a.status())) {
            throw new CmsFileException("OPPS assignment", 0, "APC", a.code() + " has status " + a.status()
                    + " and no APC");
        } else {
            rate = BigDecimal.ZERO.setScale(2);
        }
        return new FacilityRate.Opps(a.status(), apc, rate);
    }

    private static boolean set(BigDecimal index) {
        return index.signum() > 0;
    }

    /** The postal codes in a CBSA's name ("Austin-Round Rock-San Marcos, TX"), or the state of a 2-digit code. */
    static List<String> states(String cbsa, String name) {
        if (cbsa.length() == 2) {
            String state = STATE_NAMES.get(name.strip());
            return state == null ? List.of() : List.of(state);
        }
        String[] words = name.strip().split("[\\s,]+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        return STATES.matcher(last).matches() ? List.of(last.split("-")) : List.of();
    }

    private static Map<String, String> stateNames() {
        String[] pairs = {"ALABAMA", "AL", "ALASKA", "AK", "ARIZONA", "AZ", "ARKANSAS", "AR", "CALIFORNIA", "CA",
                "COLORADO", "CO", "CONNECTICUT", "CT", "DELAWARE", "DE", "DISTRICT OF COLUMBIA", "DC", "FLORIDA", "FL",
                "GEORGIA", "GA", "HAWAII", "HI", "IDAHO", "ID", "ILLINOIS", "IL", "INDIANA", "IN", "IOWA", "IA",
                "KANSAS", "KS", "KENTUCKY", "KY", "LOUISIANA", "LA", "MAINE", "ME", "MARYLAND", "MD",
                "MASSACHUSETTS", "MA", "MICHIGAN", "MI", "MINNESOTA", "MN", "MISSISSIPPI", "MS", "MISSOURI", "MO",
                "MONTANA", "MT", "NEBRASKA", "NE", "NEVADA", "NV", "NEW HAMPSHIRE", "NH", "NEW JERSEY", "NJ",
                "NEW MEXICO", "NM", "NEW YORK", "NY", "NORTH CAROLINA", "NC", "NORTH DAKOTA", "ND", "OHIO", "OH",
                "OKLAHOMA", "OK", "OREGON", "OR", "PENNSYLVANIA", "PA", "PUERTO RICO", "PR", "RHODE ISLAND", "RI",
                "SOUTH CAROLINA", "SC", "SOUTH DAKOTA", "SD", "TENNESSEE", "TN", "TEXAS", "TX", "UTAH", "UT",
                "VERMONT", "VT", "VIRGINIA", "VA", "WASHINGTON", "WA", "WEST VIRGINIA", "WV", "WISCONSIN", "WI",
                "WYOMING", "WY", "VIRGIN ISLANDS", "VI", "GUAM", "GU"};
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(names);
    }
}
