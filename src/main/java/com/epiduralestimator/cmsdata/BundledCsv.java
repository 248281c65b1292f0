package com.epiduralestimator.cmsdata;

import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.LocalityId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A bundled year's {@code rvu.csv} and {@code localities.csv} ({@link BundledFormat}'s headers, one row a line).
 * Strict: a malformed line fails with a {@link CmsFileException} naming the resource, the line and the field.
 */
final class BundledCsv {
    private BundledCsv() {}

    private static final String[] RVU_FIELDS = BundledFormat.RVU_HEADER.split(",");

    static List<FeeRow> rvu(ClassLoader loader, String resource) {
        List<FeeRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader in = BundledResources.open(loader, resource)) {
            header(resource, in, BundledFormat.RVU_HEADER);
            int lineNo = 1;
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                List<String> c = cells(resource, lineNo, line, RVU_FIELDS);
                String code = c.get(0);
                if (code.length() != 5 || !Fields.allUpperOrDigit(code)) {
                    throw new CmsFileException(resource, lineNo, RVU_FIELDS[0], "not a HCPCS code: '" + code + "'");
                }
                String modifier = c.get(1);
                if (!(modifier.isEmpty() || (modifier.length() == 2 && Fields.allUpperOrDigit(modifier)))) {
                    throw new CmsFileException(resource, lineNo, RVU_FIELDS[1], "not a modifier: '" + modifier + "'");
                }
                String status = c.get(2);
                if (status.length() != 1 || status.charAt(0) < 'A' || status.charAt(0) > 'Z') {
                    throw new CmsFileException(resource, lineNo, RVU_FIELDS[2], "not a status code: '" + status + "'");
                }
                if (!seen.add(code + "/" + modifier)) {
                    throw new CmsFileException(resource, lineNo, RVU_FIELDS[1], code + " " + modifier + " listed twice");
                }
                rows.add(new FeeRow(code, modifier, status.charAt(0),
                        Fields.decimal(resource, lineNo, RVU_FIELDS[3], c.get(3)),
                        Fields.decimal(resource, lineNo, RVU_FIELDS[4], c.get(4)),
                        flag(resource, lineNo, RVU_FIELDS[5], c.get(5)),
                        Fields.decimal(resource, lineNo, RVU_FIELDS[6], c.get(6)),
                        flag(resource, lineNo, RVU_FIELDS[7], c.get(7)),
                        Fields.decimal(resource, lineNo, RVU_FIELDS[8], c.get(8)),
                        c.get(9),
                        c.get(10),
                        Fields.digit(resource, lineNo, RVU_FIELDS[11], c.get(11)),
                        Fields.digit(resource, lineNo, RVU_FIELDS[12], c.get(12))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    private static final String[] LOCALITY_FIELDS = BundledFormat.LOCALITIES_HEADER.split(",");

    static List<Locality> localities(ClassLoader loader, String resource) {
        List<Locality> localities = new ArrayList<>(128);
        Set<LocalityId> seen = new HashSet<>();
        try (BufferedReader in = BundledResources.open(loader, resource)) {
            header(resource, in, BundledFormat.LOCALITIES_HEADER);
            int lineNo = 1;
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                List<String> c = cells(resource, lineNo, line, LOCALITY_FIELDS);
                LocalityId id = LocalityId.parse(c.get(0)).orElse(null);
                if (id == null) {
                    throw new CmsFileException(resource, lineNo, LOCALITY_FIELDS[0],
                            "not a 7-digit locality: '" + c.get(0) + "'");
                }
                if (!seen.add(id)) {
                    throw new CmsFileException(resource, lineNo, LOCALITY_FIELDS[0], "locality " + id + " listed twice");
                }
                String state = Fields.state(resource, lineNo, LOCALITY_FIELDS[1], c.get(1));
                if (c.get(2).isBlank()) {
                    throw new CmsFileException(resource, lineNo, LOCALITY_FIELDS[2], "blank name");
                }
                localities.add(new Locality(id, state, c.get(2),
                        Fields.decimal(resource, lineNo, LOCALITY_FIELDS[3], c.get(3)),
                        Fields.decimal(resource, lineNo, LOCALITY_FIELDS[4], c.get(4)),
                        Fields.decimal(resource, lineNo, LOCALITY_FIELDS[5], c.get(5))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return localities;
    }

    private static boolean flag(String resource, int lineNo, String field, String value) {
        if (value.equals("1")) {
            return true;
        }
        if (value.equals("0")) {
            return false;
        }
        throw new CmsFileException(resource, lineNo, field, "expected 0 or 1: '" + value + "'");
    }

    private static void header(String resource, BufferedReader in, String expected) throws IOException {
        String first = in.readLine();
        if (first == null || !first.equals(expected)) {
            throw new CmsFileException(resource, 1, null, "expected the header '" + expected + "', found '" + first + "'");
        }
    }

    private static List<String> cells(String resource, int lineNo, String line, String[] fields) {
        List<String> c = CmsLines.cells(resource, lineNo, line);
        if (c.size() < fields.length) {
            throw new CmsFileException(resource, lineNo, fields[c.size()],
                    "missing column: " + c.size() + " cells, expected " + fields.length);
        }
        if (c.size() > fields.length) {
            throw new CmsFileException(resource, lineNo, null, "extra cells: " + c.size() + ", expected " + fields.length);
        }
        return c;
    }

}
