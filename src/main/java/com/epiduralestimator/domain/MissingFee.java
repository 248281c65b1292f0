package com.epiduralestimator.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Why the schedule has no fee for a code or a modifier, in words that say what to do about it. */
public final class MissingFee {
    private MissingFee() {}

    /**
     * A code with no row. A Part B drug (a J code) is never the fee schedule's: say where it is priced. Outside the epidural family the likely reason is the bundled excerpt, which holds only
     * that family: say so, and how to load CMS's full files.
     */
    public static String forCode(HcpcsCode code, int year) {
        String missing = "No fee for code " + code + " in the " + year + " schedule.";
        if (DrugLines.isDrug(code)) {
            return missing + " " + DrugLines.NOT_A_FEE;
        }
        if (ProcedureCatalog.find(code).isPresent()) {
            return missing;
        }
        String family = ProcedureCatalog.all().stream().map(ProcedureCode::code).sorted()
                .map(HcpcsCode::value).collect(Collectors.joining(", "));
        return missing + " The bundled schedule holds only the epidural injection family and the other procedure"
                + " families of a pain practice with their visits, guidance and sedation (" + family + "); to price"
                + " any code, load CMS's full files with the year's parameters: java -jar epidural-estimator.jar load"
                + " --year " + year + " --rvu <CMS's PPRRVU" + year + " file> --gpci <CMS's GPCI" + year + " file>"
                + " --part-b-deductible <the year's deductible> --sequestration-rate 0.02 (load --help, and the"
                + " README, Loading CMS's own files).";
    }

    /**
     * A modifier with no row. Modifiers 26 and TC split a service into professional and technical components;
     * CMS's PC/TC indicator 0 marks a physician service that cannot be split (RVU25D: "Modifiers 26 and TC cannot
     * be used with these codes").
     */
    public static String forModifier(String code, String modifier, List<FeeRow> rows, int year) {
        String missing = "No fee for code " + code + " with modifier " + modifier + " in the " + year + " schedule.";
        Optional<FeeRow> global = rows.stream().filter(r -> r.modifier().isEmpty()).findFirst();
        boolean split = modifier.equals("26") || modifier.equals("TC");
        if (split && global.filter(r -> r.pctc().equals("0")).isPresent()) {
            return missing + " " + code + " has CMS PC/TC indicator 0: it is a physician service that cannot be"
                    + " split into professional (26) and technical (TC) components, so modifiers 26 and TC cannot be"
                    + " used with it. Ask for the global service (no modifier).";
        }
        return missing;
    }
}
