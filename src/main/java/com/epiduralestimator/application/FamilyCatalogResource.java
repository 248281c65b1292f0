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
import com.epiduralestimator.domain.WireNamed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
            catalog = read(FamilyCatalogResource::open);
            loaded = catalog;
        }
        return catalog;
    }

    /** The catalog from {@code open(name)} for each file name (tests give broken files). */
    static FamilyCatalog read(java.util.function.Function<String, InputStream> open) {
        Map<String, List<FamilyCode>> codes = new LinkedHashMap<>();
        rows(open, "codes.csv", 12, c -> codes.computeIfAbsent(c[0], f -> new ArrayList<>()).add(
                new FamilyCode(code(c[1]), c[2], c[3], yesNo(c[4]), optionalCode(c[5]),
                        yesNo(c[6]), named(FamilyCode.Coverage.class, c[7]),
                        named(FamilyCode.BilledBy.class, c[8]), optionalCode(c[9]),
                        optionalCode(c[10]), c[11])));
        Map<String, List<SessionCap>> caps = new LinkedHashMap<>();
        rows(open, "caps.csv", 5, c -> caps.computeIfAbsent(c[0], f -> new ArrayList<>()).add(
                new SessionCap(named(CapPurpose.class, c[1]), number(c[2]),
                        named(CapWindow.class, c[3]), c[4])));
        Map<String, List<RequiredModifier>> modifiers = new LinkedHashMap<>();
        rows(open, "modifiers.csv", 4, c -> modifiers.computeIfAbsent(c[0], f -> new ArrayList<>()).add(
                new RequiredModifier(named(Purpose.class, c[1]), c[2], c[3])));
        List<ProcedureFamily> families = new ArrayList<>();
        rows(open, "families.csv", 6, c -> families.add(new ProcedureFamily(c[0], c[1], words(c[2]),
                codes.getOrDefault(c[0], List.of()), caps.getOrDefault(c[0], List.of()),
                c[3].isEmpty() ? OptionalInt.empty() : OptionalInt.of(number(c[3])), number(c[4]),
                modifiers.getOrDefault(c[0], List.of()), words(c[5]))));
        Set<String> ids = families.stream().map(ProcedureFamily::id).collect(Collectors.toSet());
        for (Map<String, ?> byFamily : List.of(codes, caps, modifiers)) {
            byFamily.keySet().stream().filter(id -> !ids.contains(id)).findFirst().ifPresent(id -> {
                throw new IllegalStateException(ROOT + ": rows for family '" + id + "', which families.csv lacks");
            });
        }
        List<PriorAuthProgram> programs = new ArrayList<>();
        rows(open, "prior-authorization.csv", 9, c -> programs.add(new PriorAuthProgram(c[0], c[1],
                words(c[2]).stream().map(v -> code(v)).collect(Collectors.toSet()),
                setting(c[3]), Set.copyOf(words(c[4])), date(c[5]),
                c[6].isEmpty() ? Optional.empty() : Optional.of(date(c[6])), yesNo(c[7]), c[8])));
        return new FamilyCatalog(families, programs);
    }

    private static InputStream open(String name) {
        return FamilyCatalogResource.class.getResourceAsStream(ROOT + name);
    }

    private static void rows(java.util.function.Function<String, InputStream> open, String name, int cells,
                             Consumer<String[]> row) {
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
                String[] c = line.split(",", cells);
                String where = ROOT + name + " line " + n;
                if (c.length != cells) {
                    throw new IllegalStateException(where + ": expected " + cells + " cells, found " + c.length);
                }
                Arrays.setAll(c, i -> c[i].strip());
                try {
                    row.accept(c);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(where + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\\s+"));
    }

    private static HcpcsCode code(String value) {
        if (!HcpcsCode.FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a HCPCS code: '" + value + "'");
        }
        return new HcpcsCode(value);
    }

    private static Optional<HcpcsCode> optionalCode(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(code(value));
    }

    private static boolean yesNo(String value) {
        if (!value.equals("yes") && !value.equals("no")) {
            throw new IllegalArgumentException("expected yes or no: '" + value + "'");
        }
        return value.equals("yes");
    }

    private static boolean setting(String value) {
        if (!value.equals("any") && !value.equals("hospital-outpatient")) {
            throw new IllegalArgumentException("expected any or hospital-outpatient: '" + value + "'");
        }
        return value.equals("hospital-outpatient");
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: '" + value + "'");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: '" + value + "'");
        }
    }

    private static <E extends Enum<E> & WireNamed> E named(Class<E> type, String value) {
        return WireNamed.parse(type, value).orElseThrow(() -> new IllegalArgumentException("'" + value
                + "' is not one of " + WireNamed.wireNames(type)));
    }
}
