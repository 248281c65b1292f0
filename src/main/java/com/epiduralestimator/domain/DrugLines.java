package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Part B drug lines of the physician's claim (medicare-rules.md section 7, "The encounter"). In an office
 * (non-facility) a drug is paid at the quarter's ASP payment limit × billing units, rounded once per line, with no
 * geographic (GPCI) adjustment, no multiple-procedure rule and no non-participating reduction; its coinsurance is the
 * percentage CMS's ASP file gives (20, or lower where the inflation rebate applies). In a hospital or ASC the drug is
 * the facility's (packaged or paid by its status indicator on the facility's claim), never the physician's.
 */
public final class DrugLines {
    static final String ASP_SOURCE = "CMS ASP drug payment limits (Medicare Part B Drug Average Sales Price file)";
    static final String FACILITY_NOTE = "not billed by the physician in a facility: the drug is on the facility's"
            + " claim (packaged or paid separately by its status indicator)";

    /** Why a fee lookup of a drug has no fee schedule amount, and where it is priced. */
    public static final String NOT_A_FEE = "It is a Part B drug: Medicare pays it at the quarter's ASP payment limit"
            + " x billing units, not from the physician fee schedule (CMS lists drugs there with status E). Put it on"
            + " an estimate's lines (docs/encounter.md).";

    private DrugLines() {}

    /**
     * A drug code: HCPCS Level II J codes are "drugs administered other than oral method" and chemotherapy drugs.
     * They are priced from the ASP file, never from the physician fee schedule (CMS lists them there with status E).
     */
    public static boolean isDrug(HcpcsCode code) {
        return code.value().charAt(0) == 'J';
    }

    /** Whether any line is a drug (a loop: every estimate asks, docs/performance.md). */
    public static boolean any(List<SessionLine> lines) {
        for (SessionLine line : lines) {
            if (isDrug(line.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * One drug line of the physician's claim. In an office: limit × units (J3301 x4 at $0.844 = 3.376 → 3.38); a
     * code the ASP edition does not list is priced at nothing and named ({@link #findings}: DRUG-NOT-LISTED). In a
     * facility: nothing, the facility bills it.
     */
    public static PricedLine price(CoveredLine covered, Setting setting, Optional<AspPrices> prices) {
        SessionLine line = covered.line();
        List<String> notes = new ArrayList<>();
        if (setting == Setting.FACILITY) {
            notes.add(FACILITY_NOTE);
            return new PricedLine(line, Money.ZERO, Money.ZERO, notes, covered.notCoveredBy());
        }
        Optional<AspPrices.Limit> limit = prices.flatMap(p -> p.of(line.code()));
        if (limit.isEmpty()) {
            notes.add("not priced: " + line.code() + " is not in " + prices.map(p -> "the ASP file "
                    + p.edition().name()).orElse("any loaded ASP file") + "; not in the totals");
            return new PricedLine(line, Money.ZERO, Money.ZERO, notes, covered.notCoveredBy());
        }
        AspPrices.Limit l = limit.get();
        String edition = prices.orElseThrow().edition().name();
        BigDecimal exact = l.paymentLimit().multiply(BigDecimal.valueOf(line.units()));
        notes.add("ASP payment limit " + edition + ": $" + l.paymentLimit().toPlainString() + " per " + l.billingUnit()
                + " x " + line.units() + " = " + exact.toPlainString());
        if (l.coinsurance().value().compareTo(PricedLine.COINSURANCE_PERCENT.value()) != 0) {
            notes.add("coinsurance " + l.coinsurance().value().stripTrailingZeros().toPlainString() + "% (ASP file)");
        }
        if (!covered.covered()) {
            notes.add("not covered (" + covered.notCoveredBy().orElseThrow() + "), billed to the patient "
                    + NotCoveredBilling.ABN.condition());
        }
        return new PricedLine(line, Money.round(l.paymentLimit()), l.allowed(line.units()), notes,
                covered.notCoveredBy(), Optional.of(new DrugPrice(l, edition)));
    }

    /** DRUG-NOT-LISTED (an office drug the ASP edition does not list) and DRUG-FACILITY (the facility's drug). */
    public static List<Finding> findings(List<SessionLine> lines, Setting setting, Optional<AspPrices> prices) {
        List<Finding> out = new ArrayList<>();
        Set<HcpcsCode> drugs = codes(lines);
        if (drugs.isEmpty()) {
            return out;
        }
        if (setting == Setting.FACILITY) {
            out.add(Finding.of("DRUG-FACILITY", Severity.INFO, FindingKind.PAYMENT, "The drug (" + join(drugs) + ") is not on the physician's claim in"
                    + " a facility: the hospital or ASC bills it, packaged into its payment or paid separately by"
                    + " its status indicator.", "medicare-rules.md section 7 (the encounter)"));
            return out;
        }
        for (HcpcsCode code : drugs) {
            if (prices.flatMap(p -> p.of(code)).isEmpty()) {
                out.add(Finding.of("DRUG-NOT-LISTED", Severity.WARNING, FindingKind.PAYMENT, code + " is not in "
                        + prices.map(p -> "CMS's ASP payment limits of " + p.edition().name())
                        .orElse("any loaded ASP payment limit file") + ": Medicare's contractor prices such a drug"
                        + " itself (e.g. from the invoice). The estimate leaves it out of the totals; check the code,"
                        + " or load the quarter that lists it (load-edits --asp).", ASP_SOURCE));
            }
        }
        return out;
    }

    /** Which ASP quarter priced the office drugs, whether it is in force on the date, and any lower coinsurance. */
    public static List<String> assumptions(List<SessionLine> lines, Setting setting, Optional<AspPrices> prices,
                                           LocalDate dateOfService) {
        List<String> out = new ArrayList<>();
        Set<HcpcsCode> drugs = codes(lines);
        if (drugs.isEmpty() || setting == Setting.FACILITY || prices.isEmpty()) {
            return out;
        }
        Edition e = prices.get().edition();
        List<String> priced = new ArrayList<>();
        List<String> reduced = new ArrayList<>();
        for (HcpcsCode code : drugs) {
            Optional<AspPrices.Limit> l = prices.get().of(code);
            if (l.isPresent()) {
                priced.add(code.value());
                if (l.get().coinsurance().value().compareTo(PricedLine.COINSURANCE_PERCENT.value()) != 0) {
                    reduced.add(code + " " + l.get().coinsurance().value().stripTrailingZeros().toPlainString() + "%");
                }
            }
        }
        if (priced.isEmpty()) {
            return out;
        }
        out.add("Drug " + String.join(", ", priced) + " priced at CMS's " + e.describe()
                + (e.covers(dateOfService) ? "" : ", the newest loaded: CMS revises the limits every quarter and"
                + " those in force on " + dateOfService + " may differ (load that quarter with load-edits --asp)")
                + "; no geographic adjustment.");
        if (!reduced.isEmpty()) {
            out.add("Coinsurance from CMS's ASP file, lower than 20% for a drug under the inflation rebate ("
                    + String.join(", ", reduced) + "): Medicare pays the allowed amount less the deductible and that"
                    + " coinsurance; the deductible is taken from the lines at 20% first, then from the drug.");
        }
        return out;
    }

    private static Set<HcpcsCode> codes(List<SessionLine> lines) {
        Set<HcpcsCode> out = new LinkedHashSet<>();
        for (SessionLine line : lines) {
            if (isDrug(line.code())) {
                out.add(line.code());
            }
        }
        return out;
    }

    private static String join(Set<HcpcsCode> codes) {
        List<String> out = new ArrayList<>();
        codes.forEach(c -> out.add(c.value()));
        return String.join(", ", out);
    }
}
