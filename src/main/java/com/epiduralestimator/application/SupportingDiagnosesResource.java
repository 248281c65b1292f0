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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Loads the supporting-diagnosis list shipped as {@code rules/supporting-diagnoses.csv}. */
public final class SupportingDiagnosesResource {
    static final String RESOURCE = "/rules/supporting-diagnoses.csv";

    private SupportingDiagnosesResource() {}

    public static SupportingDiagnoses load() {
        Map<SpinalRegion, List<String>> prefixes = new EnumMap<>(SpinalRegion.class);
        try (InputStream in = SupportingDiagnosesResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", 3);
                int number = lineNumber;
                SpinalRegion region = WireNamed.parse(SpinalRegion.class, cells[0]).orElseThrow(() ->
                        new IllegalStateException(RESOURCE + " line " + number + ": unknown region"));
                if (cells.length < 2 || cells[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": missing prefix");
                }
                prefixes.computeIfAbsent(region, r -> new ArrayList<>()).add(cells[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SupportingDiagnoses(prefixes);
    }
}
