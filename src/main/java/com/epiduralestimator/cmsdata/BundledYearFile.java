package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.YearParameters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A bundled year's {@code year.properties}: {@code year}, the year's parameters by name ({@code conversionFactor},
 * {@code partBDeductible}, ...) and each CMS source file with its SHA-256. A key that is none of these is refused.
 */
final class BundledYearFile {
    private BundledYearFile() {}

    static Properties properties(ClassLoader loader, String resource) {
        Properties p = new Properties();
        try (BufferedReader in = BundledResources.open(loader, resource)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return p;
    }

    /** {@code source.<part>} and {@code source.<part>.sha256}: every file named has its hash. */
    static List<ScheduleSource> sources(Properties p, String resource) {
        List<ScheduleSource> sources = new ArrayList<>();
        for (String part : List.of(ScheduleSource.RVU, ScheduleSource.GPCI, ScheduleSource.ZIP5, ScheduleSource.OPPS_CAP)) {
            String key = BundledFormat.KEY_SOURCE + "." + part;
            String file = p.getProperty(key);
            String sha = p.getProperty(key + BundledFormat.SHA256_SUFFIX);
            if (file == null && sha == null) {
                continue;
            }
            if (file == null || sha == null) {
                throw new CmsFileException(resource, 0, file == null ? key : key + BundledFormat.SHA256_SUFFIX, "missing");
            }
            try {
                sources.add(new ScheduleSource(part, file.strip(), sha.strip()));
            } catch (IllegalArgumentException e) {
                throw new CmsFileException(resource, 0, key + BundledFormat.SHA256_SUFFIX, e.getMessage());
            }
        }
        if (sources.isEmpty()) {
            throw new CmsFileException(resource, 0, BundledFormat.KEY_SOURCE, "no source files named");
        }
        return sources;
    }

    static YearParameters parameters(Properties p, int year, String resource) {
        String y = required(p, resource, BundledFormat.KEY_YEAR);
        if (!y.equals(String.valueOf(year))) {
            throw new CmsFileException(resource, 0, BundledFormat.KEY_YEAR, "says " + y + " but is stored under " + year);
        }
        YearParameters.Builder parameters = YearParameters.builder(year);
        for (YearParameters.Parameter parameter : YearParameters.Parameter.values()) {
            String value = p.getProperty(parameter.key());
            if (value != null) {
                parameters.set(parameter, Fields.decimal(resource, 0, parameter.key(), value.strip()));
            }
        }
        for (String key : p.stringPropertyNames()) {
            if (!key.equals(BundledFormat.KEY_YEAR) && !key.startsWith(BundledFormat.KEY_SOURCE + ".")
                    && Arrays.stream(YearParameters.Parameter.values()).noneMatch(x -> x.key().equals(key))) {
                throw new CmsFileException(resource, 0, key, "not a year parameter");
            }
        }
        try {
            return parameters.build();
        } catch (IllegalArgumentException e) {
            throw new CmsFileException(resource, 0, null, e.getMessage());
        }
    }

    private static String required(Properties p, String resource, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new CmsFileException(resource, 0, key, "missing");
        }
        return value.strip();
    }

}
