/**
 * Reads CMS's published files strictly, as CMS ships them: the physician fee schedule's (RVU, GPCI, ZIP5, OPPS cap)
 * and the facility's (OPPS rates and Addendum B, ASC Addendum AA, the OPPS and ASC wage indexes). It also generates
 * the data bundled in the jar and reads it back ({@code BundledSchedule}, {@code BundledFacility}).
 */
package com.epiduralestimator.cmsdata;
