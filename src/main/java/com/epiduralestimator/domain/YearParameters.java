package com.epiduralestimator.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
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
        CONVERSION_FACTOR("conversionFactor", "conversion-factor", "PFS conversion factor", false),
        APM_CONVERSION_FACTOR("apmConversionFactor", "apm-conversion-factor",
                "PFS conversion factor for qualifying APM participants", false),
        PART_B_DEDUCTIBLE("partBDeductible", "part-b-deductible", "Part B deductible", true),
        PART_A_DEDUCTIBLE("partADeductible", "part-a-deductible", "Part A deductible", true),
        OPPS_CONVERSION_FACTOR("oppsConversionFactor", "opps-conversion-factor", "OPPS conversion factor", false),
        ASC_CONVERSION_FACTOR("ascConversionFactor", "asc-conversion-factor", "ASC conversion factor", false),
        SEQUESTRATION_RATE("sequestrationRate", "sequestration-rate", "sequestration rate", false),
        MEDIGAP_K_OUT_OF_POCKET_LIMIT("medigapKOutOfPocketLimit", "medigap-k-out-of-pocket-limit",
                "Medigap plan K out-of-pocket limit", true),
        MEDIGAP_L_OUT_OF_POCKET_LIMIT("medigapLOutOfPocketLimit", "medigap-l-out-of-pocket-limit",
                "Medigap plan L out-of-pocket limit", true),
        MEDIGAP_HIGH_DEDUCTIBLE("medigapHighDeductible", "medigap-high-deductible",
                "high-deductible Medigap F/G deductible", true);

        private final String key;
        private final String option;
        private final String label;
        private final boolean wholeDollars;

        Parameter(String key, String option, String label, boolean wholeDollars) {
            this.key = key;
            this.option = option;
            this.label = label;
            this.wholeDollars = wholeDollars;
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

    public YearParameters {
        Objects.requireNonNull(conversionFactor, "conversionFactor");
        Objects.requireNonNull(apmConversionFactor, "apmConversionFactor");
        Objects.requireNonNull(partBDeductible, "partBDeductible");
        Objects.requireNonNull(partADeductible, "partADeductible");
        Objects.requireNonNull(oppsConversionFactor, "oppsConversionFactor");
        Objects.requireNonNull(ascConversionFactor, "ascConversionFactor");
        Objects.requireNonNull(sequestrationRate, "sequestrationRate");
        Objects.requireNonNull(medigapKOutOfPocketLimit, "medigapKOutOfPocketLimit");
        Objects.requireNonNull(medigapLOutOfPocketLimit, "medigapLOutOfPocketLimit");
        Objects.requireNonNull(medigapHighDeductible, "medigapHighDeductible");
        if (year < 1992 || year > 2100) {
            throw new IllegalArgumentException("year must be a fee schedule year such as 2026: " + year);
        }
        positive("conversionFactor", conversionFactor);
        apmConversionFactor.ifPresent(v -> positive("apmConversionFactor", v));
        notNegative("partBDeductible", partBDeductible);
        partADeductible.ifPresent(v -> notNegative("partADeductible", v));
        oppsConversionFactor.ifPresent(v -> positive("oppsConversionFactor", v));
        ascConversionFactor.ifPresent(v -> positive("ascConversionFactor", v));
        if (sequestrationRate.signum() < 0 || sequestrationRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("sequestrationRate must be a fraction in [0, 1), e.g. 0.02");
        }
        medigapKOutOfPocketLimit.ifPresent(v -> notNegative("medigapKOutOfPocketLimit", v));
        medigapLOutOfPocketLimit.ifPresent(v -> notNegative("medigapLOutOfPocketLimit", v));
        medigapHighDeductible.ifPresent(v -> notNegative("medigapHighDeductible", v));
    }

    /** The CF for a qualifying APM participant or not; a year with one CF uses it for everyone. */
    public BigDecimal conversionFactor(boolean qualifyingApm) {
        return qualifyingApm ? apmConversionFactor.orElse(conversionFactor) : conversionFactor;
    }

    /** Every parameter the year has, by name, in declaration order (unknown ones left out). */
    public Map<Parameter, BigDecimal> known() {
        Map<Parameter, BigDecimal> m = new LinkedHashMap<>();
        m.put(Parameter.CONVERSION_FACTOR, conversionFactor);
        apmConversionFactor.ifPresent(v -> m.put(Parameter.APM_CONVERSION_FACTOR, v));
        m.put(Parameter.PART_B_DEDUCTIBLE, partBDeductible);
        partADeductible.ifPresent(v -> m.put(Parameter.PART_A_DEDUCTIBLE, v));
        oppsConversionFactor.ifPresent(v -> m.put(Parameter.OPPS_CONVERSION_FACTOR, v));
        ascConversionFactor.ifPresent(v -> m.put(Parameter.ASC_CONVERSION_FACTOR, v));
        m.put(Parameter.SEQUESTRATION_RATE, sequestrationRate);
        medigapKOutOfPocketLimit.ifPresent(v -> m.put(Parameter.MEDIGAP_K_OUT_OF_POCKET_LIMIT, v));
        medigapLOutOfPocketLimit.ifPresent(v -> m.put(Parameter.MEDIGAP_L_OUT_OF_POCKET_LIMIT, v));
        medigapHighDeductible.ifPresent(v -> m.put(Parameter.MEDIGAP_HIGH_DEDUCTIBLE, v));
        return m;
    }

    /** One parameter's value, empty where the year does not know it. */
    public Optional<BigDecimal> get(Parameter parameter) {
        return Optional.ofNullable(known().get(parameter));
    }

    public static Builder builder(int year) {
        return new Builder(year);
    }

    /** The same figures under another conversion factor (a load that overrides the RVU file's). */
    public Builder toBuilder() {
        Builder b = new Builder(year);
        known().forEach(b::set);
        return b;
    }

    private static void positive(String name, BigDecimal value) {
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void notNegative(String name, BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
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

        public Builder conversionFactor(BigDecimal v) {
            return set(Parameter.CONVERSION_FACTOR, v);
        }

        public Builder apmConversionFactor(BigDecimal v) {
            return set(Parameter.APM_CONVERSION_FACTOR, v);
        }

        public Builder partBDeductible(BigDecimal v) {
            return set(Parameter.PART_B_DEDUCTIBLE, v);
        }

        public Builder partADeductible(BigDecimal v) {
            return set(Parameter.PART_A_DEDUCTIBLE, v);
        }

        public Builder oppsConversionFactor(BigDecimal v) {
            return set(Parameter.OPPS_CONVERSION_FACTOR, v);
        }

        public Builder ascConversionFactor(BigDecimal v) {
            return set(Parameter.ASC_CONVERSION_FACTOR, v);
        }

        public Builder sequestrationRate(BigDecimal v) {
            return set(Parameter.SEQUESTRATION_RATE, v);
        }

        public Builder medigapKOutOfPocketLimit(BigDecimal v) {
            return set(Parameter.MEDIGAP_K_OUT_OF_POCKET_LIMIT, v);
        }

        public Builder medigapLOutOfPocketLimit(BigDecimal v) {
            return set(Parameter.MEDIGAP_L_OUT_OF_POCKET_LIMIT, v);
        }

        public Builder medigapHighDeductible(BigDecimal v) {
            return set(Parameter.MEDIGAP_HIGH_DEDUCTIBLE, v);
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
            for (Parameter required : new Parameter[] {Parameter.CONVERSION_FACTOR, Parameter.PART_B_DEDUCTIBLE,
                    Parameter.SEQUESTRATION_RATE}) {
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
