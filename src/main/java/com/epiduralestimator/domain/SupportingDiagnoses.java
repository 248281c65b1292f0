package com.epiduralestimator.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DIAGNOSIS-SUPPORT data: the ICD-10-CM code prefixes a MAC's billing article lists as supporting an ESI in each
 * region. It is data, not code: MACs publish and change it; the application loads it from a resource.
 */
public final class SupportingDiagnoses {
    private final Map<SpinalRegion, List<String>> prefixes;

    public SupportingDiagnoses(Map<SpinalRegion, List<String>> prefixes) {
        this.prefixes = Map.copyOf(prefixes);
    }

    /** True when the code starts with one of the region's listed prefixes (dots and case ignored). */
    public boolean supports(SpinalRegion region, String icd10Code) {
        String code = normalise(icd10Code);
        for (String prefix : prefixes.getOrDefault(region, List.of())) {
            if (code.startsWith(normalise(prefix))) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String code) {
        return code.replace(".", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
