package com.epiduralestimator.application;

import com.epiduralestimator.domain.SpinalRegion;
import com.epiduralestimator.domain.SupportingDiagnoses;
import com.epiduralestimator.domain.WireNamed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Loads the supporting-diagnosis list shipped as {@code rules/supporting-diagnoses.csv}. */
public final class SupportingDiagnosesResource {
    static final String RESOURCE = "/rules/supporting-diagnoses.csv";

    private SupportingDiagnosesResource() {}

    public static SupportingDiagnoses load() {
        List<SupportingDiagnoses.Entry> entries = new ArrayList<>();
        try (InputStream in = SupportingDiagnosesResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(entry(line.split(",", 5), lineNumber));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SupportingDiagnoses(entries);
    }

    /** {@code use,region,code,match,meaning}: region {@code *} for both, match {@code code} or {@code subtree}. */
    static SupportingDiagnoses.Entry entry(String[] cells, int number) {
        if (cells.length < 4 || cells[2].isBlank()) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": expected use,region,code,match");
        }
        SupportingDiagnoses.Use use;
        try {
            use = SupportingDiagnoses.Use.valueOf(cells[0].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": unknown use " + cells[0], e);
        }
        Optional<SpinalRegion> region = cells[1].trim().equals("*") ? Optional.empty()
                : WireNamed.parse(SpinalRegion.class, cells[1].trim());
        if (region.isEmpty() && !cells[1].trim().equals("*")) { // no lambda: init reads this (performance.md)
            throw new IllegalStateException(RESOURCE + " line " + number + ": unknown region");
        }
        String match = cells[3].trim();
        if (!match.equals("code") && !match.equals("subtree")) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": match is code or subtree");
        }
        return new SupportingDiagnoses.Entry(use, region, cells[2].trim(), match.equals("subtree"));
    }
}
