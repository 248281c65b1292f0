package com.epiduralestimator.application;

import com.epiduralestimator.domain.DirectoryFacility;
import com.epiduralestimator.domain.FacilityPlace;
import java.util.List;
import java.util.Map;

/**
 * The facility directory as read (bundled, or generated from newer files): the hospitals and ASCs, each ZIP's
 * place (county, state, wage-index area), and the CMS, HUD and Census files it was derived from.
 */
public record DirectoryData(List<DirectoryFacility> facilities, Map<String, FacilityPlace> places,
                            List<ScheduleSource> sources) {
    public DirectoryData {
        facilities = List.copyOf(facilities);
        // 39,000 ZIPs: wrapped, not copied (the reader hands over a map it no longer touches)
        places = java.util.Collections.unmodifiableMap(places);
        sources = List.copyOf(sources);
    }
}
