package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded schedule year and the figures CMS publishes for it each November (medicare-rules.md section 2, "Year
 * parameters are data"): they live with the year's schedule (the bundled {@code year.properties}, the DynamoDB
 * catalog) and reach the code only from there, so that next year's numbers are a load, not a release.
 *
 * @param conversionFactor         PFS conversion factor (CY2025 $32.3465; CY2026 $33.4009)
 * @param apmConversionFactor      the PFS conversion factor for qualifying APM participants, in years that have one
 *                                 (CY2026 $33.5675)
 * @param partBDeductible          the annual Part B deductible (2025 $257, 2026 $283)
 * @param partADeductible          the Part A inpatient deductible, which caps one HOPD line's copayment
 * @param oppsConversionFactor     the OPPS conversion factor (hospital outpatient)
 * @param ascConversionFactor      the ASC conversion factor
 * @param sequestrationRate        the share taken off Medicare's payments (0.02)
 * @param medigapKOutOfPocketLimit Medigap plan K's yearly out-of-pocket limit
 * @param medigapLOutOfPocketLimit Medigap plan L's yearly out-of-pocket limit
 * @param medigapHighDeductible    the deductible of high-deductible Medigap F and G
 */
public record YearParameters(int year, BigDecimal conversionFactor, Optional<BigDecimal> apmConversionFactor,
                             BigDecimal partBDeductible, Optional<BigDecimal> partADeductible,
                             Optional<BigDecimal> oppsConversionFactor, Optional<BigDecimal> ascConversionFactor,
                             BigDecimal sequestrationRate, Optional<BigDecimal> medigapKOutOfPocketLimit,
                             Optional<BigDecimal> medigapLOutOfPocketLimit, Optional<BigDecimal> medigapHighDeductible) {

    /** One parameter: its name on the wire, in files and options, and how a sentence names it. */
    public enum Parameter {
        CONVERSION_FACTOR("conversionFactor", "conversion-factor", "PFS conversion factor", false, Check.POSITIVE),
        APM_CONVERSION_FACTOR("apmConversionFactor", "apm-conversion-factor",
                "PFS conversion factor for qualifying APM participants", false, Check.POSITIVE),
        PART_B_DEDUCTIBLE("partBDeductible", "part-b-deductible", "Part B deductible", true, Check.CENTS),
        PART_A_DEDUCTIBLE("partADeductible", "part-a-deductible", "Part A deductible", true, Check.CENTS),
        OPPS_CONVERSION_FACTOR("oppsConversionFactor", "opps-conversion-factor", "OPPS conversion factor", false,
                Check.POSITIVE),
        ASC_CONVERSION_FACTOR("ascConversionFactor", "asc-conversion-factor", "ASC conversion factor", false,
                Check.POSITIVE),
        SEQUESTRATION_RATE("sequestrationRate", "sequestration-rate", "sequestration rate", false, Check.FRACTION),
        MEDIGAP_K_OUT_OF_POCKET_LIMIT("medigapKOutOfPocketLimit", "medigap-k-out-of-pocket-limit",
                "Medigap plan K out-of-pocket limit", true, Check.CENTS),
        MEDIGAP_L_OUT_OF_POCKET_LIMIT("medigapLOutOfPocketLimit", "medigap-l-out-of-pocket-limit",
                "Medigap plan L out-of-pocket limit", true, Check.CENTS),
        MEDIGAP_HIGH_DEDUCTIBLE("medigapHighDeductible", "medigap-high-deductible",
                "high-deductible Medigap F/G deductible", true, Check.CENTS);

        /** The parameters every year must have; the others may be unknown. */
        public static final List<Parameter> REQUIRED = List.of(CONVERSION_FACTOR, PART_B_DEDUCTIBLE, SEQUESTRATION_RATE);

        private final String key;
        private final String option;
        private final String label;
        private final boolean wholeDollars;
        private final Check check;

        Parameter(String key, String option, String label, boolean wholeDollars, Check check) {
            this.key = key;
            this.option = option;
            this.label = label;
            this.wholeDollars = wholeDollars;
            this.check = check;
        }

        /** The name in {@code year.properties}, the catalog and the API ({@code partBDeductible}). */
        public String key() {
            return key;
        }

        /** The {@code load} option without its dashes ({@code part-b-deductible}). */
        public String option() {
            return option;
        }

        public String label() {
            return label;
        }

        /** The amount as a sentence gives it: "$283", "$1,736", "$33.4009", "2%". */
        public String format(BigDecimal value) {
            if (this == SEQUESTRATION_RATE) {
                return value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            }
            BigDecimal v = value.stripTrailingZeros();
            if (wholeDollars && v.scale() > 0) {
                v = value.setScale(2, java.math.RoundingMode.HALF_UP);
            } else if (v.scale() < 0) {
                v = v.setScale(0);
            }
            return "$" + grouped(v.toPlainString());
        }

        /** "1736" -> "1,736", "33.4009" as it is. */
        private static String grouped(String plain) {
            int dot = plain.indexOf('.');
            String whole = dot < 0 ? plain : plain.substring(0, dot);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < whole.length(); i++) {
                if (i > 0 && (whole.length() - i) % 3 == 0) {
                    out.append(',');
                }
                out.append(whole.charAt(i));
            }
            return out + (dot < 0 ? "" : plain.substring(dot));
        }
    }

    /** What a parameter's value must be. */
    private enum Check {
        POSITIVE(" must be positive"), CENTS(" must be dollars and whole cents, not negative"),
        FRACTION(" must be a fraction in [0, 1), e.g. 0.02");

        private final String rule;

        Check(String rule) {
            this.rule = rule;
        }

        void check(Parameter p, BigDecimal v) {
            boolean ok = switch (this) {
                case POSITIVE -> v.signum() > 0;
                case CENTS -> v.signum() >= 0 && v.stripTrailingZeros().scale() <= 2;
                case FRACTION -> v.signum() >= 0 && v.compareTo(BigDecimal.ONE) < 0;
            };
            if (!ok) {
                throw new IllegalArgumentException(p.key() + rule);
            }
        }
    }

    public YearParameters {
        Map<Parameter, Optional<BigDecimal>> values = byParameter(conversionFactor, apmConversionFactor,
                partBDeductible, partADeductible, oppsConversionFactor, ascConversionFactor, sequestrationRate,
                medigapKOutOfPocketLimit, medigapLOutOfPocketLimit, medigapHighDeductible);
        if (year < 1992 || year > 2100) {
            throw new IllegalArgumentException("year must be a fee schedule year such as 2026: " + year);
        }
        for (Map.Entry<Parameter, Optional<BigDecimal>> v : values.entrySet()) { // a loop: docs/performance.md
            if (v.getValue().isPresent()) {
                v.getKey().check.check(v.getKey(), v.getValue().get());
            }
        }
    }

    /** The components by parameter, in declaration order: the one place their order is spelt out. */
    private static Map<Parameter, Optional<BigDecimal>> byParameter(
            BigDecimal conversionFactor, Optional<BigDecimal> apmConversionFactor, BigDecimal partBDeductible,
            Optional<BigDecimal> partADeductible, Optional<BigDecimal> oppsConversionFactor,
            Optional<BigDecimal> ascConversionFactor, BigDecimal sequestrationRate,
            Optional<BigDecimal> medigapKOutOfPocketLimit, Optional<BigDecimal> medigapLOutOfPocketLimit,
            Optional<BigDecimal> medigapHighDeductible) {
        List<Optional<BigDecimal>> values = Arrays.asList(
                Optional.of(Objects.requireNonNull(conversionFactor, "conversionFactor")), apmConversionFactor,
                Optional.of(Objects.requireNonNull(partBDeductible, "partBDeductible")), partADeductible,
                oppsConversionFactor, ascConversionFactor,
                Optional.of(Objects.requireNonNull(sequestrationRate, "sequestrationRate")),
                medigapKOutOfPocketLimit, medigapLOutOfPocketLimit, medigapHighDeductible);
        Map<Parameter, Optional<BigDecimal>> m = new LinkedHashMap<>();
        for (Parameter p : Parameter.values()) {
            m.put(p, Objects.requireNonNull(values.get(p.ordinal()), p.key()));
        }
        return m;
    }

    /** The CF for a qualifying APM participant or not; a year with one CF uses it for everyone. */
    public BigDecimal conversionFactor(boolean qualifyingApm) {
        return qualifyingApm ? apmConversionFactor.orElse(conversionFactor) : conversionFactor;
    }

    /** Every parameter the year has, by name, in declaration order (unknown ones left out). */
    public Map<Parameter, BigDecimal> known() {
        Map<Parameter, BigDecimal> m = new LinkedHashMap<>();
        byParameter(conversionFactor, apmConversionFactor, partBDeductible, partADeductible, oppsConversionFactor,
                ascConversionFactor, sequestrationRate, medigapKOutOfPocketLimit, medigapLOutOfPocketLimit,
                medigapHighDeductible).forEach((p, v) -> v.ifPresent(value -> m.put(p, value)));
        return m;
    }

    /** A money parameter's value (a deductible, a limit), empty where the year lacks it; a CF or rate throws. */
    public Optional<Money> amount(Parameter parameter) {
        if (parameter.check != Check.CENTS) {
            throw new IllegalArgumentException(parameter.key() + " is not an amount of money");
        }
        return get(parameter).map(Money::of);
    }

    /** One parameter's value, empty where the year does not know it. */
    public Optional<BigDecimal> get(Parameter parameter) {
        return Optional.ofNullable(known().get(parameter));
    }

    public static Builder builder(int year) {
        return new Builder(year);
    }

    /** Collects a year's parameters from wherever they are read (a properties file, options, the catalog). */
    public static final class Builder {
        private final int year;
        private final Map<Parameter, BigDecimal> values = new LinkedHashMap<>();

        private Builder(int year) {
            this.year = year;
        }

        public int year() {
            return year;
        }

        public Builder set(Parameter parameter, BigDecimal value) {
            values.put(parameter, Objects.requireNonNull(value, parameter.key()));
            return this;
        }

        /** A copy of these values with one more set (this builder is left as it is). */
        public Builder toBuilderWith(Parameter parameter, BigDecimal value) {
            Builder copy = new Builder(year);
            copy.values.putAll(values);
            return copy.set(parameter, value);
        }

        public boolean has(Parameter parameter) {
            return values.containsKey(parameter);
        }

        /** @throws IllegalArgumentException naming the first required parameter missing, or an invalid one */
        public YearParameters build() {
            for (Parameter required : Parameter.REQUIRED) {
                if (!values.containsKey(required)) {
                    throw new IllegalArgumentException("the " + year + " " + required.label() + " ("
                            + required.key() + ") is required");
                }
            }
            return new YearParameters(year, values.get(Parameter.CONVERSION_FACTOR),
                    opt(Parameter.APM_CONVERSION_FACTOR), values.get(Parameter.PART_B_DEDUCTIBLE),
                    opt(Parameter.PART_A_DEDUCTIBLE), opt(Parameter.OPPS_CONVERSION_FACTOR),
                    opt(Parameter.ASC_CONVERSION_FACTOR), values.get(Parameter.SEQUESTRATION_RATE),
                    opt(Parameter.MEDIGAP_K_OUT_OF_POCKET_LIMIT), opt(Parameter.MEDIGAP_L_OUT_OF_POCKET_LIMIT),
                    opt(Parameter.MEDIGAP_HIGH_DEDUCTIBLE));
        }

        private Optional<BigDecimal> opt(Parameter p) {
            return Optional.ofNullable(values.get(p));
        }
    }
}
