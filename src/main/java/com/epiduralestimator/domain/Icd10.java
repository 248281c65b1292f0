package com.epiduralestimator.domain;

import java.util.Locale;

/**
 * ICD-10-CM codes as billing systems send them (medicare-rules.md section 4): dotted ({@code M54.16}) or undotted
 * as claims carry them ({@code M5416}), in any case, are one code. The canonical spelling is upper case with the
 * dot after the category's three characters.
 */
public final class Icd10 {
    private static final int CATEGORY_LENGTH = 3;

    private Icd10() {}

    /** {@code m5416}, {@code M54.16} and {@code m54.16} → {@code M54.16}; {@code M48} stays {@code M48}. */
    public static String normalise(String code) {
        String bare = code.strip().replace(".", "").toUpperCase(Locale.ROOT);
        return bare.length() <= CATEGORY_LENGTH ? bare
                : bare.substring(0, CATEGORY_LENGTH) + "." + bare.substring(CATEGORY_LENGTH);
    }
}
