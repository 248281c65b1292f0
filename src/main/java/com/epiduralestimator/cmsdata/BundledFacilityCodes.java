package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.FacilityRateSource;
import com.epiduralestimator.domain.FacilityRate;
import com.epiduralestimator.domain.FacilityRateQuarters;
import com.epiduralestimator.domain.SupersededFacilityRate;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every code's facility rates as bundled: {@code facility/<year>/codes/<prefix>.csv}, one file per first two
 * characters of the code (so that a claim reads only the few hundred rows of its codes' files, lazily, never the
 * year's ~19,000), listed in {@code codes/prefixes.txt}. A row is a code's rates: the latest quarter's with an
 * empty {@code until}, an earlier quarter's with the date before which it was in force. Written by {@link
 * FacilityDataGenerator}; a file read once stays in memory.
 */
public final class BundledFacilityCodes implements FacilityRateSource {
    static final String DIR = "codes";
    static final String PREFIXES = "prefixes.txt";
    static final String HEADER = "code,until,oppsStatus,oppsApc,oppsRate,ascIndicator,ascRate,ascDiscounted";

    private final ClassLoader loader;
    private final Map<String, Map<String, FacilityRateQuarters>> files = new ConcurrentHashMap<>();

    public BundledFacilityCodes() {
        this(BundledFacilityCodes.class.getClassLoader());
    }

    BundledFacilityCodes(ClassLoader loader) {
        this.loader = loader;
    }

    static String prefix(String code) {
        return code.substring(0, 2);
    }

    static String resource(int year, String file) {
        return BundledFormat.FACILITY_ROOT + "/" + year + "/" + DIR + "/" + file;
    }

    @Override
    public Optional<FacilityRateQuarters> rates(int year, String code) {
        if (code.length() < 2 || loader.getResource(resource(year, PREFIXES)) == null) {
            return Optional.empty();
        }
        String file = resource(year, prefix(code) + ".csv");
        if (loader.getResource(file) == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(files.computeIfAbsent(file, this::read).get(code));
    }

    /** How many code files have been read so far (a claim reads only its codes' files). */
    int filesRead() {
        return files.size();
    }

    /** Every code of {@code year}, by code (what {@code load-facility} writes to DynamoDB). */
    public Map<String, FacilityRateQuarters> all(int year) {
        Map<String, FacilityRateQuarters> all = new TreeMap<>();
        try (BufferedReader in = BundledResources.open(loader, resource(year, PREFIXES))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    all.putAll(read(resource(year, line.strip() + ".csv")));
                }
            }
        } catch (IOException e) {
            throw CmsLines.readFailure(resource(year, PREFIXES), e);
        }
        return all;
    }

    private Map<String, FacilityRateQuarters> read(String file) {
        Map<String, FacilityRate> latest = new HashMap<>();
        Map<String, List<SupersededFacilityRate>> earlier = new HashMap<>();
        try (BufferedReader in = BundledResources.open(loader, file)) {
            CmsLines.Numbered lines = new CmsLines.Numbered(in);
            for (String line = lines.next(); line != null; line = lines.next()) {
                int n = lines.lineNo();
                if (n == 1) {
                    if (!line.equals(HEADER)) {
                        throw new CmsFileException(file, 1, null, "expected the header " + HEADER);
                    }
                    continue;
                }
                List<String> c = CmsLines.cells(file, n, line);
                if (c.size() != 8) {
                    throw new CmsFileException(file, n, null, "expected 8 cells, found " + c.size());
                }
                FacilityRate rate = rate(file, n, c);
                if (c.get(1).isEmpty()) {
                    if (latest.put(rate.code(), rate) != null) {
                        throw new CmsFileException(file, n, "code", rate.code() + " has two latest rows");
                    }
                } else {
                    earlier.computeIfAbsent(rate.code(), k -> new ArrayList<>())
                            .add(new SupersededFacilityRate(date(file, n, c.get(1)), rate));
                }
            }
        } catch (IOException e) {
            throw CmsLines.readFailure(file, e);
        }
        Map<String, FacilityRateQuarters> byCode = new HashMap<>();
        latest.forEach((code, r) -> byCode.put(code, new FacilityRateQuarters(r, earlier.getOrDefault(code,
                List.of()))));
        earlier.keySet().stream().filter(code -> !latest.containsKey(code)).findFirst().ifPresent(code -> {
            throw new CmsFileException(file, 0, "code", code + " has earlier rows and no latest row");
        });
        return Map.copyOf(byCode);
    }

    private static FacilityRate rate(String file, int n, List<String> c) {
        Optional<FacilityRate.Opps> opps = c.get(2).isEmpty() ? Optional.empty()
                : Optional.of(new FacilityRate.Opps(c.get(2), c.get(3).isEmpty() ? Optional.empty()
                        : Optional.of(c.get(3)), Fields.decimal(file, n, "oppsRate", c.get(4))));
        Optional<FacilityRate.Asc> asc = c.get(5).isEmpty() ? Optional.empty()
                : Optional.of(new FacilityRate.Asc(c.get(5), Fields.decimal(file, n, "ascRate", c.get(6)),
                        flag(file, n, c.get(7))));
        return new FacilityRate(c.get(0), opps, asc);
    }

    private static boolean flag(String file, int n, String value) {
        if (!value.equals("Y") && !value.equals("N")) {
            throw new CmsFileException(file, n, "ascDiscounted", "expected Y or N: '" + value + "'");
        }
        return value.equals("Y");
    }

    private static LocalDate date(String file, int n, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CmsFileException(file, n, "until", "not a date: '" + value + "'");
        }
    }

    /** One row of a code file ({@code until} empty for the latest quarter's). */
    static String row(FacilityRate r, Optional<LocalDate> until) {
        return String.join(",", r.code(), until.map(LocalDate::toString).orElse(""),
                r.opps().map(FacilityRate.Opps::status).orElse(""),
                r.opps().flatMap(FacilityRate.Opps::apc).orElse(""),
                r.opps().map(o -> o.rate().toPlainString()).orElse(""),
                r.asc().map(FacilityRate.Asc::paymentIndicator).orElse(""),
                r.asc().map(a -> a.rate().toPlainString()).orElse(""),
                r.asc().map(a -> a.discounted() ? "Y" : "N").orElse(""));
    }
}
