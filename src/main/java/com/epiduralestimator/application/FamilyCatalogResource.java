package com.epiduralestimator.application;

import com.epiduralestimator.domain.CapPurpose;
import com.epiduralestimator.domain.CapWindow;
import com.epiduralestimator.domain.FamilyCatalog;
import com.epiduralestimator.domain.FamilyCode;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.PriorAuthProgram;
import com.epiduralestimator.domain.ProcedureFamily;
import com.epiduralestimator.domain.Purpose;
import com.epiduralestimator.domain.RequiredModifier;
import com.epiduralestimator.domain.SessionCap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Loads the procedure families shipped as {@code rules/families/*.csv} (families, codes, caps, modifiers,
 * prior-authorization): a few dozen rows, read once when first asked for. Strict: a bad row fails naming the file,
 * the line and what is wrong. Free text (a label, a source) is each row's last cell and may hold commas.
 */
public final class FamilyCatalogResource {
    static final String ROOT = "/rules/families/";
    private static volatile FamilyCatalog loaded;

    private FamilyCatalogResource() {}

    /** The shipped catalog, read on first use. */
    public static FamilyCatalog load() {
        FamilyCatalog catalog = loaded;
        if (catalog == null) {
            catalog = read(new Shipped());
            loaded = catalog;
        }
        return catalog;
    }

    /** The catalog from {@code open(name)} for each file name (tests give broken files). */
    static FamilyCatalog read(java.util.function.Function<String, InputStream> open) {
        // Loops, no lambdas, streams or regular expressions: this runs on the first estimate (docs/performance.md).
        Map<String, List<FamilyCode>> codes = new LinkedHashMap<>();
        for (Row r : rows(open, "codes.csv", 12)) {
            String[] c = r.cells;
            try {
                group(codes, c[0]).add(new FamilyCode(FamilyCells.code(c[1]), c[2], c[3], FamilyCells.yesNo(c[4]), FamilyCells.optionalCode(c[5]),
                        FamilyCells.yesNo(c[6]), FamilyCells.named(FamilyCode.Coverage.class, c[7]),
                        FamilyCells.named(FamilyCode.BilledBy.class, c[8]), FamilyCells.optionalCode(c[9]), FamilyCells.optionalCode(c[10]), c[11]));
            } catch (IllegalArgumentException e) {
                throw r.broken(e);
            }
        }
        Map<String, List<SessionCap>> caps = new LinkedHashMap<>();
        for (Row r : rows(open, "caps.csv", 5)) {
            String[] c = r.cells;
            try {
                group(caps, c[0]).add(new SessionCap(FamilyCells.named(CapPurpose.class, c[1]), FamilyCells.number(c[2]),
                        FamilyCells.named(CapWindow.class, c[3]), c[4]));
            } catch (IllegalArgumentException e) {
                throw r.broken(e);
            }
        }
        Map<String, List<RequiredModifier>> modifiers = new LinkedHashMap<>();
        for (Row r : rows(open, "modifiers.csv", 4)) {
            String[] c = r.cells;
            try {
                group(modifiers, c[0]).add(new RequiredModifier(FamilyCells.named(Purpose.class, c[1]), c[2], c[3]));
            } catch (IllegalArgumentException e) {
                throw r.broken(e);
            }
        }
        List<ProcedureFamily> families = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row r : rows(open, "families.csv", 6)) {
            String[] c = r.cells;
            try {
                families.add(new ProcedureFamily(c[0], c[1], FamilyCells.words(c[2]), orEmpty(codes.get(c[0])),
                        orEmpty(caps.get(c[0])), c[3].isEmpty() ? OptionalInt.empty() : OptionalInt.of(FamilyCells.number(c[3])),
                        FamilyCells.number(c[4]), orEmpty(modifiers.get(c[0])), FamilyCells.words(c[5])));
            } catch (IllegalArgumentException e) {
                throw r.broken(e);
            }
            ids.add(c[0]);
        }
        requireFamilies(ids, codes.keySet());
        requireFamilies(ids, caps.keySet());
        requireFamilies(ids, modifiers.keySet());
        List<PriorAuthProgram> programs = new ArrayList<>();
        for (Row r : rows(open, "prior-authorization.csv", 9)) {
            String[] c = r.cells;
            try {
                Set<HcpcsCode> programCodes = new HashSet<>();
                for (String v : FamilyCells.words(c[2])) {
                    programCodes.add(FamilyCells.code(v));
                }
                programs.add(new PriorAuthProgram(c[0], c[1], programCodes, FamilyCells.setting(c[3]), Set.copyOf(FamilyCells.words(c[4])),
                        FamilyCells.date(c[5]), c[6].isEmpty() ? Optional.empty() : Optional.of(FamilyCells.date(c[6])), FamilyCells.yesNo(c[7]), c[8]));
            } catch (IllegalArgumentException e) {
                throw r.broken(e);
            }
        }
        return new FamilyCatalog(families, programs);
    }

    private static <T> List<T> group(Map<String, List<T>> byFamily, String family) {
        List<T> rows = byFamily.get(family);
        if (rows == null) {
            rows = new ArrayList<>();
            byFamily.put(family, rows);
        }
        return rows;
    }

    private static <T> List<T> orEmpty(List<T> rows) {
        return rows == null ? List.of() : rows;
    }

    private static void requireFamilies(Set<String> ids, Set<String> used) {
        for (String id : used) {
            if (!ids.contains(id)) {
                throw new IllegalStateException(ROOT + ": rows for family '" + id + "', which families.csv lacks");
            }
        }
    }

    /** The shipped files (a class, not a method reference: no lambda on the first estimate). */
    private static final class Shipped implements java.util.function.Function<String, InputStream> {
        @Override
        public InputStream apply(String name) {
            return FamilyCatalogResource.class.getResourceAsStream(ROOT + name);
        }
    }

    /** One data row: its cells (stripped) and where it is, to name in an error. */
    private static final class Row {
        private final String[] cells;
        private final String where;

        Row(String[] cells, String where) {
            this.cells = cells;
            this.where = where;
        }

        IllegalStateException broken(IllegalArgumentException e) {
            return new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<Row> rows(java.util.function.Function<String, InputStream> open, String name, int cells) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = open.apply(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ROOT + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String where = ROOT + name + " line " + n;
                String[] c = FamilyCells.split(line, cells);
                if (c.length != cells) {
                    throw new IllegalStateException(where + ": expected " + cells + " cells, found " + c.length);
                }
                rows.add(new Row(c, where));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
