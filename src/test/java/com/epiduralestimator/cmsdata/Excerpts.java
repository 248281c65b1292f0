package com.epiduralestimator.cmsdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The CMS excerpts shipped under src/test/resources/cms-2025-excerpt (descriptions removed). Never /work/shared. */
public final class Excerpts {
    public static final String RVU = "PPRRVU2025_Oct.csv";
    public static final String GPCI = "GPCI2025.csv";
    public static final String ZIP5 = "ZIP5_OCT2025.txt";
    public static final String OPPS_CAP = "OPPSCAP_Oct.csv";

    private Excerpts() {}

    public static Path dir() {
        URL url = Excerpts.class.getClassLoader().getResource("cms-2025-excerpt/" + RVU);
        if (url == null) {
            throw new IllegalStateException("excerpts missing from the test classpath");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path file(String name) {
        return dir().resolve(name);
    }

    /** The file's lines, line ends removed (CMS ships CRLF). */
    public static List<String> lines(String name) {
        try {
            return new ArrayList<>(Files.readAllLines(file(name), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines joined back with CRLF, as CMS ships them. */
    public static String text(List<String> lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    /** Index (0-based) of the first line starting with {@code prefix}. */
    public static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no line starts with " + prefix);
    }

    /** Replaces the {@code cell}-th comma-separated cell (0-based) of an unquoted CSV line. */
    public static String replaceCell(String line, int cell, String value) {
        String[] cells = line.split(",", -1);
        cells[cell] = value;
        return String.join(",", cells);
    }

    static Path classpathRoot() {
        URL url = Excerpts.class.getClassLoader().getResource("schedule/years.txt");
        try {
            return Path.of(url.toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
