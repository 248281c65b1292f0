package com.epiduralestimator.application;

import com.epiduralestimator.domain.AspPrices;
import com.epiduralestimator.domain.BillableDiagnoses;
import com.epiduralestimator.domain.Edition;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.MueLimits;
import com.epiduralestimator.domain.Percent;
import com.epiduralestimator.domain.PtpEdits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one text format of an edition's table, bundled in the jar and stored by {@code load-edits} alike: compact,
 * sorted, one record a line, nothing but what the rules read.
 * <ul>
 *   <li>ICD-10-CM: one billable code a line, undotted ({@code M5416});</li>
 *   <li>PTP: a column-1 code, a tab, then its active column-2 codes each followed by its modifier indicator
 *       ({@code 62321\t644791,770031});</li>
 *   <li>MUE: {@code code,value,mai};</li>
 *   <li>ASP: {@code code,paymentLimit,coinsurancePercent,billingUnit}.</li>
 * </ul>
 */
public final class EditionText {
    private EditionText() {}

    public static String icd10(List<String> codes) {
        StringBuilder out = new StringBuilder(codes.size() * 8);
        codes.stream().distinct().sorted().forEach(c -> out.append(c).append('\n'));
        return out.toString();
    }

    public static BillableDiagnoses readIcd10(Edition edition, String text) {
        return BillableDiagnoses.ofSortedText(edition, text);
    }

    public static String ptp(List<PtpEdits.Pair> pairs) {
        Map<HcpcsCode, List<PtpEdits.Pair>> byColumn1 = new TreeMap<>();
        pairs.forEach(p -> byColumn1.computeIfAbsent(p.column1(), c -> new ArrayList<>()).add(p));
        StringBuilder out = new StringBuilder(pairs.size() * 7);
        byColumn1.forEach((column1, ofIt) -> {
            out.append(column1.value()).append('\t');
            ofIt.stream().sorted((a, b) -> a.column2().compareTo(b.column2())).forEach(p ->
                    out.append(p.column2().value()).append(p.modifierIndicator()).append(','));
            out.setLength(out.length() - 1);
            out.append('\n');
        });
        return out.toString();
    }

    public static PtpEdits readPtp(Edition edition, String text) {
        return PtpEdits.ofSortedText(edition, text);
    }

    public static String mue(List<MueLimits.Limit> limits) {
        StringBuilder out = new StringBuilder();
        limits.stream().sorted((a, b) -> a.code().compareTo(b.code())).forEach(l -> out.append(l.code().value())
                .append(',').append(l.value()).append(',').append(l.adjudication()).append('\n'));
        return out.toString();
    }

    public static MueLimits readMue(Edition edition, String text) {
        List<MueLimits.Limit> limits = new ArrayList<>();
        text.lines().filter(l -> !l.isBlank()).forEach(line -> {
            String[] cells = line.split(",");
            limits.add(new MueLimits.Limit(new HcpcsCode(cells[0]), Integer.parseInt(cells[1]),
                    Integer.parseInt(cells[2])));
        });
        return MueLimits.of(edition, limits);
    }

    public static String asp(List<AspPrices.Limit> limits) {
        StringBuilder out = new StringBuilder();
        limits.stream().sorted((a, b) -> a.code().compareTo(b.code())).forEach(l -> out.append(l.code().value())
                .append(',').append(l.paymentLimit().toPlainString()).append(',')
                .append(l.coinsurance().value().toPlainString()).append(',').append(l.billingUnit()).append('\n'));
        return out.toString();
    }

    public static AspPrices readAsp(Edition edition, String text) {
        List<AspPrices.Limit> limits = new ArrayList<>();
        text.lines().filter(l -> !l.isBlank()).forEach(line -> {
            String[] cells = line.split(",", 4);
            limits.add(new AspPrices.Limit(new HcpcsCode(cells[0]), cells[3], new BigDecimal(cells[1]),
                    new Percent(new BigDecimal(cells[2]))));
        });
        return AspPrices.of(edition, limits);
    }
}
