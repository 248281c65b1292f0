package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.FacilityDirectory;
import com.epiduralestimator.domain.DirectoryFacility;
import com.epiduralestimator.domain.FacilityPlace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facility search's body: {@code {"facilities": [{"ccn","name","city","state","zip","type","area"}]}}. */
final class FacilityBodies {
    private FacilityBodies() {}

    static Map<String, Object> facilities(List<FacilityDirectory.Found> found) {
        List<Object> list = new ArrayList<>(found.size());
        for (FacilityDirectory.Found f : found) {
            DirectoryFacility d = f.facility();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ccn", d.ccn());
            m.put("name", d.name());
            m.put("city", d.city());
            m.put("state", d.state());
            m.put("zip", d.zip().orElse(null));
            m.put("type", d.kind().hospital() ? "hospital" : "asc");
            m.put("area", f.place().map(FacilityPlace::area).orElse(null));
            list.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("facilities", list);
        return body;
    }
}
