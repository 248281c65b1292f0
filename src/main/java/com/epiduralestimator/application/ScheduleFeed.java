package com.epiduralestimator.application;

import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.ZipLocation;
import java.util.List;
import java.util.function.Consumer;

/**
 * One schedule year as a loader reads it: the small parts whole, the codes streamed one code at a time so that the
 * RVU file never sits in memory. Call in this order: {@link #localities()}, {@link #zips()}, {@link #codes},
 * then {@link #parameters()} (its conversion factor may come from the RVU file's rows).
 * Any method may throw a CmsFileException on a malformed file.
 */
public interface ScheduleFeed {
    /** The calendar year, known before anything is read. */
    int year();

    List<Locality> localities();

    List<ZipLocation> zips();

    /** Streams every code with all its modifier rows and OPPS caps, each code once. */
    void codes(Consumer<CodeSchedule> sink);

    /** The CMS files the year comes from, with their SHA-256 (recorded by the load). */
    List<ScheduleSource> sources();

    /** Whether the feed carries CMS's OPPS cap file (without it, imaging fees are not capped). */
    boolean oppsCapLoaded();

    /** The year and its conversion factor(s); valid after {@link #codes}. */
    YearParameters parameters();
}
