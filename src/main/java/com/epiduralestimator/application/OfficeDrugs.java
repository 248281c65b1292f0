package com.epiduralestimator.application;

import com.epiduralestimator.domain.AspPrices;
import com.epiduralestimator.domain.ClaimEdits;
import com.epiduralestimator.domain.CoveredLine;
import com.epiduralestimator.domain.DrugLines;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.PricedLine;
import com.epiduralestimator.domain.SessionLine;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.UnsupportedRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The drug lines of one estimate's physician claim (medicare-rules.md section 7, "The encounter"): the ASP edition
 * that answers for the date of service, read only when the claim has a drug line in an office (an estimate without
 * one reads nothing: the cold start does no new work), and the drug lines priced beside the fee-schedule lines.
 */
final class OfficeDrugs {
    static final OfficeDrugs NONE = new OfficeDrugs(Optional.empty(), List.of(), Setting.NON_FACILITY,
            LocalDate.MIN);
    private final Optional<AspPrices> prices;
    private final List<SessionLine> claim;
    private final Setting setting;
    private final LocalDate dateOfService;

    private OfficeDrugs(Optional<AspPrices> prices, List<SessionLine> claim, Setting setting, LocalDate date) {
        this.prices = prices;
        this.claim = List.copyOf(claim);
        this.setting = setting;
        this.dateOfService = date;
    }

    /** The ASP limits in force on the date (or the newest edition before it), read only for an office drug line. */
    static OfficeDrugs read(ClaimEdits edits, LocalDate dateOfService, List<SessionLine> claim, Setting setting) {
        if (!DrugLines.any(claim)) {
            return NONE;
        }
        Optional<AspPrices> prices = setting == Setting.FACILITY ? Optional.empty() : edits.asp(dateOfService);
        return new OfficeDrugs(prices, claim, setting, dateOfService);
    }

    /** The lines the fee schedule prices: every line but the drugs. */
    static List<CoveredLine> scheduled(List<CoveredLine> coverage) {
        List<CoveredLine> out = new ArrayList<>(coverage.size());
        for (CoveredLine line : coverage) {
            if (!DrugLines.isDrug(line.line().code())) {
                out.add(line);
            }
        }
        return out;
    }

    /** The claim's lines in order: the fee-schedule lines as priced, each drug line at its ASP limit. */
    List<PricedLine> merge(List<CoveredLine> coverage, List<PricedLine> scheduled, Setting lineSetting) {
        List<PricedLine> out = new ArrayList<>(coverage.size());
        int next = 0;
        for (CoveredLine line : coverage) {
            out.add(DrugLines.isDrug(line.line().code()) ? DrugLines.price(line, lineSetting, prices)
                    : scheduled.get(next++));
        }
        return out;
    }

    List<Finding> findings() {
        return DrugLines.findings(claim, setting, prices);
    }

    List<String> assumptions() {
        return DrugLines.assumptions(claim, setting, prices, dateOfService);
    }

    /**
     * Part B drugs are paid only on assignment (Social Security Act 1842(o)(3)(A)): an unassigned claim with a
     * drug line is not estimated.
     */
    static void requireAssignment(List<CoveredLine> coverage) {
        for (CoveredLine line : coverage) {
            if (DrugLines.isDrug(line.line().code())) {
                throw new UnsupportedRequestException("DRUG-ASSIGNMENT", "assignment", "Medicare pays for a Part B"
                        + " drug (" + line.line().code() + ") only on assignment (Social Security Act section"
                        + " 1842(o)(3)): estimate the encounter with assignment accepted.");
            }
        }
    }
}
