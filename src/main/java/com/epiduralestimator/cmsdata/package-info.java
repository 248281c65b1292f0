/**
 * Reads CMS's published files (RVU, GPCI, ZIP5, OPPS cap) and the bundled schedule years, and generates the bundle.
 */
package com.epiduralestimator.cmsdata;
