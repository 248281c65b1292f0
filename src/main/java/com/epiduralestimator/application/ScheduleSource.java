package com.epiduralestimator.application;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One CMS file a schedule year was loaded (or, for the bundled years, derived) from, as the load recorded it.
 *
 * @param part   which part of the year it gave: {@link #RVU}, {@link #GPCI}, {@link #ZIP5} or {@link #OPPS_CAP}
 * @param file   the file's name as loaded, e.g. {@code PPRRVU2026_Jul_nonQPP.csv}
 * @param sha256 the file's SHA-256, 64 lower-case hex digits
 */
public record ScheduleSource(String part, String file, String sha256) {
    public static final String RVU = "rvu";
    public static final String GPCI = "gpci";
    public static final String ZIP5 = "zip5";
    public static final String OPPS_CAP = "opps-cap";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ScheduleSource {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(file, "file");
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 of " + file + " must be 64 lower-case hex digits");
        }
    }
}
