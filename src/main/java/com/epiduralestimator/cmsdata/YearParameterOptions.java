package com.epiduralestimator.cmsdata;

import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.YearParameters.Parameter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A year's parameters given on a command line ({@code load --year 2027 --part-b-deductible 300 ...} and the bundled
 * data generator): one option per {@link Parameter}, e.g. {@code --part-b-deductible 283}, {@code
 * --sequestration-rate 0.02}, derived from the enum. Required: {@code --part-b-deductible} and {@code
 * --sequestration-rate}; the conversion factor defaults to the RVU file's CONV FACTOR.
 */
public final class YearParameterOptions {
    private static final BigDecimal LARGEST = new BigDecimal("100000");
    /**
     * The parameters a command line must give: the year's required ones ({@link Parameter#REQUIRED}) but the PFS
     * conversion factor, which the RVU file's CONV FACTOR column supplies.
     */
    private static final List<Parameter> REQUIRED = Parameter.REQUIRED.stream()
            .filter(p -> p != Parameter.CONVERSION_FACTOR).toList();

    private YearParameterOptions() {}

    /** Every parameter option, with its dashes. */
    public static List<String> names() {
        return Arrays.stream(Parameter.values()).map(YearParameterOptions::name).toList();
    }

    public static String name(Parameter parameter) {
        return "--" + parameter.option();
    }

    /** The usage line that lists the options: every parameter in its order, the optional ones in brackets. */
    public static String usage() {
        return Arrays.stream(Parameter.values()).map(p -> {
            String option = name(p) + " " + placeholder(p);
            return REQUIRED.contains(p) ? option : "[" + option + "]";
        }).collect(Collectors.joining(" "));
    }

    private static String placeholder(Parameter parameter) {
        if (parameter == Parameter.SEQUESTRATION_RATE) {
            return "0.02";
        }
        return conversionFactor(parameter) ? "CF" : "$";
    }

    private static boolean conversionFactor(Parameter parameter) {
        return parameter.option().contains("conversion-factor");
    }

    /**
     * The parameters among {@code options} (keys with their dashes; other keys are ignored).
     *
     * @throws IllegalArgumentException naming the option whose value is not a plausible amount
     */
    public static YearParameters.Builder parse(int year, Map<String, String> options) {
        YearParameters.Builder builder = YearParameters.builder(year);
        for (Parameter parameter : Parameter.values()) {
            String value = options.get(name(parameter));
            if (value != null) {
                builder.set(parameter, value(parameter, value));
            }
        }
        return builder;
    }

    /** The parameters required besides the conversion factor that are missing from {@code options}. */
    public static List<String> missingRequired(Map<String, String> options) {
        return REQUIRED.stream().map(YearParameterOptions::name).filter(n -> !options.containsKey(n)).toList();
    }

    private static BigDecimal value(Parameter parameter, String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw invalid(parameter);
        }
        if (parameter == Parameter.SEQUESTRATION_RATE) {
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException(name(parameter) + " must be a fraction such as 0.02 (2%)");
            }
            return value;
        }
        if (value.signum() < 0 || value.compareTo(LARGEST) >= 0
                || (value.signum() == 0 && conversionFactor(parameter))) {
            throw invalid(parameter);
        }
        return value;
    }

    private static IllegalArgumentException invalid(Parameter parameter) {
        return new IllegalArgumentException(name(parameter) + " must be a dollar amount such as "
                + (conversionFactor(parameter) ? "33.4009" : "283"));
    }
}
