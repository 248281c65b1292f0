package com.epiduralestimator.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * DIAGNOSIS-SUPPORT data (medicare-rules.md sections 4 and 6): which ICD-10-CM codes a MAC's billing article lists as
 * supporting an ESI in each region, as exact codes or exact subtrees (a code and its descendants, e.g. M47.2 for
 * every M47.2x), never a loose prefix; subtrees excluded from a broader listing; the axial-pain codes that alone are
 * a listed non-covered use; and the codes the articles' diagnosis restrictions do not apply to (acute postoperative
 * pain). It is data, not code: MACs publish and change it; the application loads it from a resource.
 */
public final class SupportingDiagnoses {
    /** What a listed code means for an ESI. */
    public enum Use { SUPPORTS, EXCLUDES, AXIAL, EXEMPT }

    /**
     * One listed code.
     *
     * @param region  the region it applies to; empty for both
     * @param subtree true: the code and every code below it (M50.1 → M50.10 … M50.123); false: that code only
     */
    public record Entry(Use use, Optional<SpinalRegion> region, String code, boolean subtree) {
        public Entry {
            Objects.requireNonNull(use, "use");
            Objects.requireNonNull(region, "region");
            code = bare(code);
        }

        boolean matches(String diagnosis) {
            String d = bare(diagnosis);
            return subtree ? d.startsWith(code) : d.equals(code);
        }

        boolean appliesTo(SpinalRegion r) {
            return region.isEmpty() || region.get().equals(r);
        }
    }

    private final List<Entry> entries;

    public SupportingDiagnoses(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Listed as supporting the region (exact code or subtree) and in no excluded subtree. */
    public boolean supports(SpinalRegion region, String icd10Code) {
        return listed(Use.SUPPORTS, region, icd10Code) && !listed(Use.EXCLUDES, region, icd10Code);
    }

    /** Axial pain (M54.5x, M54.2, M54.6): alone, a non-covered use. */
    public boolean axial(SpinalRegion region, String icd10Code) {
        return listed(Use.AXIAL, region, icd10Code);
    }

    /** The articles' diagnosis restrictions do not apply (acute postoperative pain G89.12, G89.18). */
    public boolean exempt(SpinalRegion region, String icd10Code) {
        return listed(Use.EXEMPT, region, icd10Code);
    }

    private boolean listed(Use use, SpinalRegion region, String code) {
        for (Entry e : entries) { // a loop: every estimate with a diagnosis asks (docs/performance.md)
            if (e.use() == use && e.appliesTo(region) && e.matches(code)) {
                return true;
            }
        }
        return false;
    }

    static String bare(String code) {
        return code.replace(".", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
