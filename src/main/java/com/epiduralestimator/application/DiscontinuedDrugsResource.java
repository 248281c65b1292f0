package com.epiduralestimator.application;

import com.epiduralestimator.domain.DiscontinuedDrug;
import com.epiduralestimator.domain.HcpcsCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The drug codes CMS discontinued (edits/discontinued-drugs.csv, beside the ASP data), read on the first estimate with
 * a drug line only: an estimate without one reads nothing (the cold start does no new work).
 */
final class DiscontinuedDrugsResource {
    static final String PATH = "/edits/discontinued-drugs.csv";
    private static volatile Map<HcpcsCode, DiscontinuedDrug> table;

    private DiscontinuedDrugsResource() {}

    static Optional<DiscontinuedDrug> of(HcpcsCode code) {
        Map<HcpcsCode, DiscontinuedDrug> current = table;
        if (current == null) {
            current = load();
            table = current;
        }
        return Optional.ofNullable(current.get(code));
    }

    static Map<HcpcsCode, DiscontinuedDrug> load() {
        Map<HcpcsCode, DiscontinuedDrug> out = new HashMap<>();
        try (InputStream in = DiscontinuedDrugsResource.class.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException(PATH + " is not in the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(PATH + ": 5 cells expected in " + line);
                }
                DiscontinuedDrug d = new DiscontinuedDrug(new HcpcsCode(cells[0].trim()), LocalDate.parse(
                        cells[1].trim()), new HcpcsCode(cells[2].trim()), Integer.parseInt(cells[3].trim()),
                        cells[4].trim());
                out.put(d.code(), d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
