package com.epiduralestimator.application;

import com.epiduralestimator.domain.BillTotal;
import com.epiduralestimator.domain.FacilityClaim;
import com.epiduralestimator.domain.SupplementalCoverage;
import java.util.Optional;

/**
 * The claims beside the physician's and what the supplement pays of each.
 *
 * @param physicianShare what the supplement pays of the physician's claim and what the patient still owes
 * @param facility       the facility's claim, when the estimate names the facility type
 * @param facilityShare  the same for the facility's claim
 * @param total          the claims summed
 */
public record WholeBill(SupplementalCoverage.Share physicianShare, Optional<FacilityClaim> facility,
                        Optional<SupplementalCoverage.Share> facilityShare, BillTotal total,
                        Optional<String> facilityState) {}
