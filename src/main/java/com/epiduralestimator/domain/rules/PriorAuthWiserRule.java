package com.epiduralestimator.domain.rules;

import static com.epiduralestimator.domain.FindingKind.COVERAGE;
import static com.epiduralestimator.domain.Severity.INFO;
import static com.epiduralestimator.domain.Severity.WARNING;

import com.epiduralestimator.domain.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * PRIOR-AUTH-WISER: CMS's WISeR model. For services from 15 January 2026 through 31 December 2031 in Arizona, New
 * Jersey, Ohio, Oklahoma, Texas and Washington (the state of the place of service), epidural steroid injections
 * need prior authorization, or the claim goes to pre-payment review; an affirmed decision is valid 120 days.
 * Where the place is unknown (national), an info finding names the six states: no state is guessed.
 */
final class PriorAuthWiserRule extends Rule {
    static final LocalDate FROM = LocalDate.of(2026, 1, 15);
    static final LocalDate THROUGH = LocalDate.of(2031, 12, 31);
    static final int AFFIRMATION_VALID_DAYS = 120;
    static final Map<String, String> STATES = Map.of("AZ", "Arizona", "NJ", "New Jersey", "OH", "Ohio",
            "OK", "Oklahoma", "TX", "Texas", "WA", "Washington");

    PriorAuthWiserRule() {
        super("PRIOR-AUTH-WISER", COVERAGE, WARNING, "CMS WISeR model; MAC WISeR pages (Noridian JF, Novitas JH/JL,"
                + " CGS J15)");
    }

    /** The six states are those of the place of service. */
    @Override
    public boolean dependsOnPlaceOfService() {
        return true;
    }

    /** WISeR is a traditional-Medicare model: a Medicare Advantage plan has its own prior authorization. */
    @Override
    public boolean originalMedicareOnly() {
        return true;
    }

    @Override
    public List<Finding> evaluate(SessionReview s) {
        LocalDate date = s.input().dateOfService();
        boolean inModel = !date.isBefore(FROM) && !date.isAfter(THROUGH)
                // WISeR lists the covered epidural steroid injections (62321, 62323, 64479, 64480, 64483, 64484):
                // the codes that count toward the cap; not the no-imaging, catheter or neurolytic codes
                && s.coveredEsi();
        if (!inModel) {
            return List.of();
        }
        if (s.placeState().isEmpty()) {
            return List.of(finding(INFO, "The place of service is not known (national amount): under CMS's WISeR"
                    + " model, from " + FROM + " an epidural steroid injection in Arizona, New Jersey, Ohio, Oklahoma,"
                    + " Texas or Washington needs prior authorization (an affirmed decision is valid "
                    + AFFIRMATION_VALID_DAYS + " days) or the claim goes to pre-payment review."));
        }
        String state = s.placeState().get();
        if (!STATES.containsKey(state)) {
            return List.of();
        }
        return List.of(finding("The place of service is in " + STATES.get(state) + " (" + state + "), a state of"
                + " CMS's WISeR model: from " + FROM + " this epidural steroid injection needs prior authorization"
                + " before it is performed (an affirmed decision is valid " + AFFIRMATION_VALID_DAYS + " days), or"
                + " the claim goes to pre-payment review."));
    }
}
