package com.epiduralestimator.cmsdata;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The CMS CY2026 excerpts shipped under src/test/resources/cms-2026-excerpt (see its README). Never /work/shared. */
public final class Excerpts2026 {
    public static final String RVU = "PPRRVU2026_Jul_nonQPP.csv";
    /** Addendum E as in RVU26B/C/D: 7 columns, the floored work GPCI only. */
    public static final String GPCI = "GPCI2026.csv";
    /** Addendum E as in RVU26A: 8 columns, the work GPCI without and with the 1.0 floor. */
    public static final String GPCI_JANUARY = "GPCI2026_Jan.csv";
    public static final String ZIP5 = "ZIP5_JAN2026.txt";

    private Excerpts2026() {}

    public static Path file(String name) {
        URL url = Excerpts2026.class.getClassLoader().getResource("cms-2026-excerpt/" + name);
        if (url == null) {
            throw new IllegalStateException("cms-2026-excerpt/" + name + " missing from the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
