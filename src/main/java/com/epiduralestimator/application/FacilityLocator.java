package com.epiduralestimator.application;

import com.epiduralestimator.domain.DirectoryFacility;
import com.epiduralestimator.domain.EstimateInput;
import com.epiduralestimator.domain.FacilityKind;
import com.epiduralestimator.domain.FacilityPlace;
import com.epiduralestimator.domain.FacilityType;
import com.epiduralestimator.domain.Finding;
import com.epiduralestimator.domain.FindingKind;
import com.epiduralestimator.domain.InvalidFieldException;
import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.Setting;
import com.epiduralestimator.domain.Severity;
import com.epiduralestimator.domain.UnsupportedRequestException;
import com.epiduralestimator.domain.ZipCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the facility an estimate names by {@code facilityCcn} or {@code facilityZip} (issue 21): its wage-index area
 * from its ZIP (the metropolitan division where CMS pays by division), its state (whose floors apply), its type from
 * the CCN, and, when the request gives no {@code zip}/{@code locality}, the physician's place from the facility's
 * ZIP. What it finds becomes the {@code facilityCbsa}/{@code facilityState}/{@code facilityType} the whole bill
 * already prices ({@link WholeBillService}); a hospital not paid under OPPS is estimated without a facility price.
 */
public final class FacilityLocator {
    static final String DIRECTORY_SOURCE = "CMS Care Compare, HUD ZIP-county crosswalk, OMB delineation"
            + " (facility-directory README)";

    private final Supplier<FacilityDirectory> directory;

    /** @param directory read only when an estimate names a facility by CCN or ZIP */
    public FacilityLocator(Supplier<FacilityDirectory> directory) {
        this.directory = directory;
    }

    /** A locator without a directory: an estimate naming facilityCcn or facilityZip is refused (422). */
    public static FacilityLocator none() {
        return new FacilityLocator(() -> {
            throw new UnsupportedRequestException("FACILITY-DIRECTORY", "facilityCcn", "No facility directory is"
                    + " wired here: give facilityCbsa instead.");
        });
    }

    /**
     * @return the bill's options with the facility's area, state and type filled in, and what to add to the
     *         estimate; unchanged when neither facilityCcn nor facilityZip is given
     */
    public LocatedFacility locate(EstimateInput input, BillOptions bill, FacilityWhere where,
                                  Optional<LocalityId> locality, Optional<ZipCode> zip) {
        if (!where.given()) {
            return LocatedFacility.unchanged(bill, zip);
        }
        String field = where.ccn().isPresent() ? "facilityCcn" : "facilityZip";
        if (where.ccn().isPresent() && where.zip().isPresent()) {
            throw new InvalidFieldException("facilityZip", "give facilityCcn or facilityZip, not both");
        }
        if (input.setting() != Setting.FACILITY) {
            throw new InvalidFieldException(field, "is only given with setting facility");
        }
        if (bill.facilityCbsa().isPresent()) {
            throw new InvalidFieldException("facilityCbsa", "give facilityCbsa or " + field + ", not both");
        }
        if (bill.facilityState().isPresent()) {
            throw new InvalidFieldException("facilityState", "is found from " + field + ": do not give it");
        }
        List<Finding> findings = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        FacilityDirectory dir = directory.get();
        Optional<DirectoryFacility> facility = where.ccn().map(ccn -> dir.facility(ccn).orElseThrow(
                () -> new UnsupportedRequestException("FACILITY-CCN", "facilityCcn", "CCN " + ccn + " is not in the"
                        + " facility directory (CMS Care Compare's hospitals and quality-reporting ASCs): give"
                        + " facilityZip and facilityType instead.")));
        Optional<String> facilityZip = facility.isPresent() ? facility.get().zip() : where.zip();
        FacilityType type = facility.isPresent() ? type(facility.get(), bill.facilityType())
                : bill.facilityType().orElseThrow(() -> new InvalidFieldException("facilityType",
                        "is required with facilityZip (hospital-outpatient, hospital-outpatient-off-campus or asc)"));
        Optional<FacilityPlace> place = facilityZip.flatMap(dir::place);
        if (place.isEmpty() && facility.isEmpty()) {
            throw new UnsupportedRequestException("FACILITY-ZIP", "facilityZip", "ZIP " + facilityZip.orElseThrow()
                    + " is not in the HUD ZIP-county crosswalk: give facilityCbsa instead.");
        }
        String name = facility.map(f -> f.name() + " (CCN " + f.ccn() + ")").orElse("The facility");
        place.ifPresentOrElse(p -> {
            assumptions.add(name + ": ZIP " + p.zip() + ", county " + p.county() + " (" + p.state() + "), CMS wage"
                    + " index area " + p.area() + (p.wholeZip() ? "" : "; the ZIP spans counties: the county"
                    + " with most of its addresses is used") + ".");
        }, () -> findings.add(Finding.of("FACILITY-AREA-UNKNOWN", Severity.WARNING, FindingKind.DATA, name
                + "'s ZIP " + facility.flatMap(DirectoryFacility::zip).orElse("(none)") + " is not in the HUD"
                + " ZIP-county crosswalk: its wage index area is unknown and the national rate is used.",
                DIRECTORY_SOURCE)));
        Optional<ZipCode> physicianZip = zip;
        if (locality.isEmpty() && zip.isEmpty() && facilityZip.isPresent()) {
            physicianZip = ZipCode.parse(facilityZip.get());
            assumptions.add("No zip or locality given: the physician is priced at the facility's ZIP "
                    + facilityZip.get() + ".");
        }
        Optional<String> area = place.map(FacilityPlace::area);
        Optional<String> state = place.map(FacilityPlace::state).or(() -> facility.map(DirectoryFacility::state));
        Optional<String> notPaid = facility.flatMap(f -> notPaidUnderOpps(f, findings));
        if (notPaid.isPresent()) {
            BillOptions none = new BillOptions(Optional.empty(), Optional.empty(), Optional.empty(),
                    bill.supplemental(), bill.supplementalOutOfPocketRemaining(),
                    bill.supplementalDeductibleRemaining());
            return new LocatedFacility(none, physicianZip, findings, assumptions, false, true, state);
        }
        boolean ruralEmergency = facility.map(f -> f.kind() == FacilityKind.RURAL_EMERGENCY).orElse(false);
        if (ruralEmergency) {
            findings.add(Finding.of("FACILITY-RURAL-EMERGENCY", Severity.INFO, FindingKind.PAYMENT, name + " is a rural emergency hospital: Medicare"
                    + " pays it the OPPS rate plus 5%; the patient's coinsurance is on the OPPS rate alone.",
                    "42 CFR 419.92"));
        }
        if (type.opps() && facility.isPresent()) {
            assumptions.add("If " + name + " is reclassified to another wage index area (MGCRB, section 401"
                    + " rural, Lugar), Medicare pays it with that area's index: CMS's Provider-Specific File, which"
                    + " says so per hospital, could not be obtained, so the index of the area it stands in is used.");
        }
        BillOptions located = new BillOptions(Optional.of(type), area, state,
                bill.supplemental(), bill.supplementalOutOfPocketRemaining(), bill.supplementalDeductibleRemaining());
        return new LocatedFacility(located, physicianZip, findings, assumptions, ruralEmergency, false, state);
    }

    /** The type the CCN says; a facilityType given must agree with it (a hospital may say its department). */
    private static FacilityType type(DirectoryFacility f, Optional<FacilityType> given) {
        if (!f.kind().hospital()) {
            if (given.isPresent() && given.get() != FacilityType.ASC) {
                throw new InvalidFieldException("facilityType", "facilityCcn " + f.ccn() + " is an ASC: give asc"
                        + " or leave facilityType out");
            }
            return FacilityType.ASC;
        }
        if (given.isPresent() && !given.get().opps()) {
            throw new InvalidFieldException("facilityType", "facilityCcn " + f.ccn() + " is a hospital: give"
                    + " hospital-outpatient, hospital-outpatient-off-campus or leave facilityType out");
        }
        return given.orElse(FacilityType.HOSPITAL_OUTPATIENT);
    }

    /** Why a hospital's outpatient claim cannot be priced at OPPS rates, said as a finding; empty when it can. */
    private static Optional<String> notPaidUnderOpps(DirectoryFacility f, List<Finding> findings) {
        String name = f.name() + " (CCN " + f.ccn() + ")";
        if (f.maryland()) {
            findings.add(Finding.of("FACILITY-MARYLAND", Severity.WARNING, FindingKind.PAYMENT, name + " is a"
                    + " Maryland hospital: the state's all-payer model sets its rates, not OPPS. The facility's"
                    + " claim is not priced; the patient owes coinsurance on it too.", DIRECTORY_SOURCE));
            return Optional.of("FACILITY-MARYLAND");
        }
        String rule = switch (f.kind()) {
            case CRITICAL_ACCESS -> "FACILITY-CRITICAL-ACCESS";
            case VETERANS_ADMINISTRATION, DEPARTMENT_OF_DEFENSE -> "FACILITY-NOT-MEDICARE";
            default -> "";
        };
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        String message = f.kind() == FacilityKind.CRITICAL_ACCESS
                ? name + " is a critical access hospital: Medicare pays it 101% of its reasonable cost, not OPPS"
                        + " rates, and the patient's coinsurance is 20% of the hospital's charge, which this"
                        + " estimator does not know. The facility's claim is not priced."
                : name + " is a " + f.kind().cmsName() + " hospital, which does not bill Medicare. The facility's"
                        + " claim is not priced.";
        findings.add(Finding.of(rule, Severity.WARNING, FindingKind.PAYMENT, message, DIRECTORY_SOURCE));
        return Optional.of(rule);
    }
}
