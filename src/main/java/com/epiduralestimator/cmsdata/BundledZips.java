package com.epiduralestimator.cmsdata;

import com.epiduralestimator.domain.LocalityId;
import com.epiduralestimator.domain.ZipCode;
import com.epiduralestimator.domain.ZipLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A bundled year's {@code zip-localities.csv}: fixed-width lines, read fast (the local server reads it at start). */
final class BundledZips {
    private BundledZips() {}

    /**
     * The ZIPs, ascending, each in a locality of {@code localities}. 43k lines, read at every start of the local
     * server: the bytes are read at once and parsed at fixed positions ({@code ZIP(5),LOCALITY(7),FLAG(1)}), with
     * no line strings, no regex and no splitting.
     */
    static List<ZipLocation> read(ClassLoader loader, String resource, Map<String, LocalityId> localities) {
        byte[] b;
        try (InputStream in = BundledResources.openStream(loader, resource)) {
            b = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        int n = b.length;
        int headerEnd = 0;
        while (headerEnd < n && b[headerEnd] != '\n') {
            headerEnd++;
        }
        String header = new String(b, 0, headerEnd, StandardCharsets.ISO_8859_1);
        if (!header.equals(BundledFormat.ZIPS_HEADER)) {
            throw new CmsFileException(resource, 1, null,
                    "expected the header '" + BundledFormat.ZIPS_HEADER + "', found '" + header + "'");
        }
        List<ZipLocation> zips = new ArrayList<>(n / 16 + 1);
        int lineNo = 1;
        int previous = -1;
        int lastKey = -1;
        LocalityId lastId = null;
        for (int p = headerEnd + 1; p < n; p += 16) {
            lineNo++;
            // a line is exactly 15 bytes and a newline
            if (p + 16 > n || b[p + 5] != ',' || b[p + 13] != ',' || b[p + 15] != '\n') {
                int end = p;
                while (end < n && b[end] != '\n') {
                    end++;
                }
                throw new CmsFileException(resource, lineNo, null, "expected ZIP,LOCALITY,FLAG (5 digits, 7 digits, 0 or 1)"
                        + " and a newline: '" + new String(b, p, end - p, StandardCharsets.ISO_8859_1) + "'");
            }
            int zip = number(b, p, 5);
            if (zip < 0) {
                throw new CmsFileException(resource, lineNo, "zip",
                        "not a 5-digit ZIP: '" + new String(b, p, 5, StandardCharsets.ISO_8859_1) + "'");
            }
            if (zip <= previous) {
                throw new CmsFileException(resource, lineNo, "zip", "ZIP "
                        + new String(b, p, 5, StandardCharsets.ISO_8859_1) + " is out of order or listed twice");
            }
            previous = zip;
            int key = number(b, p + 6, 7);
            if (key != lastKey || key < 0) {
                String locality = new String(b, p + 6, 7, StandardCharsets.ISO_8859_1);
                lastId = localities.get(locality);
                if (lastId == null) {
                    throw new CmsFileException(resource, lineNo, "locality",
                            "not a locality of " + BundledFormat.LOCALITIES + ": '" + locality + "'");
                }
                lastKey = key;
            }
            byte flag = b[p + 14];
            if (flag != '0' && flag != '1') {
                throw new CmsFileException(resource, lineNo, "splitByPlusFour", "expected 0 or 1: '" + (char) flag + "'");
            }
            zips.add(new ZipLocation(new ZipCode(new String(b, p, 5, StandardCharsets.ISO_8859_1)), lastId, flag == '1'));
        }
        return zips;
    }

    /** The value of {@code width} ASCII digits at {@code from}, or -1 if one is not a digit. */
    private static int number(byte[] b, int from, int width) {
        int value = 0;
        for (int i = from; i < from + width; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

}
