package com.epiduralestimator.adapter.http;

import com.epiduralestimator.application.LoadedEdition;
import com.epiduralestimator.application.LoadedSchedule;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.YearParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of {@code GET /v1/schedules} (api-contract.md, Additions): field order and names are the contract's. */
final class ScheduleBodies {
    private ScheduleBodies() {}

    static Map<String, Object> schedules(List<LoadedSchedule> loaded, List<LoadedEdition> editions) {
        List<Object> years = new ArrayList<>();
        for (LoadedSchedule s : loaded) {
            YearParameters p = s.parameters();
            Map<String, Object> year = new LinkedHashMap<>();
            year.put("year", p.year());
            year.put("conversionFactor", p.conversionFactor());
            year.put("apmConversionFactor", p.apmConversionFactor().orElse(null));
            year.put("partBDeductible", p.partBDeductible());
            year.put("partADeductible", p.partADeductible().orElse(null));
            year.put("oppsConversionFactor", p.oppsConversionFactor().orElse(null));
            year.put("ascConversionFactor", p.ascConversionFactor().orElse(null));
            year.put("sequestrationRate", p.sequestrationRate());
            year.put("medigapKOutOfPocketLimit", p.medigapKOutOfPocketLimit().orElse(null));
            year.put("medigapLOutOfPocketLimit", p.medigapLOutOfPocketLimit().orElse(null));
            year.put("medigapHighDeductible", p.medigapHighDeductible().orElse(null));
            year.put("loadedAt", s.loadedAt().toString());
            List<Object> source = new ArrayList<>();
            for (ScheduleSource f : s.source()) {
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("part", f.part());
                file.put("file", f.file());
                file.put("sha256", f.sha256());
                source.add(file);
            }
            year.put("source", source);
            year.put("oppsCapLoaded", s.oppsCapLoaded());
            year.put("facilityRates", s.facilityRates());
            years.add(year);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("years", years);
        body.put("edits", edits(editions));
        return body;
    }

    /** The claim-edit editions (docs/claims-edits.md): table, edition, dates, rows, whether bundled, sources. */
    private static List<Object> edits(List<LoadedEdition> editions) {
        List<Object> list = new ArrayList<>();
        for (LoadedEdition e : editions) {
            Map<String, Object> edition = new LinkedHashMap<>();
            edition.put("table", e.edition().kind().wireName());
            edition.put("edition", e.edition().name());
            edition.put("effectiveFrom", e.edition().effectiveFrom().toString());
            edition.put("effectiveThrough", e.edition().effectiveThrough().toString());
            edition.put("rows", e.rows());
            edition.put("bundled", e.edition().bundled());
            edition.put("loadedAt", e.loadedAt().map(Object::toString).orElse(null));
            List<Object> source = new ArrayList<>();
            for (ScheduleSource f : e.sources()) {
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("part", f.part());
                file.put("file", f.file());
                file.put("sha256", f.sha256());
                source.add(file);
            }
            edition.put("source", source);
            list.add(edition);
        }
        return list;
    }
}
