package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.CodeSchedule;
import com.epiduralestimator.application.ScheduleFeed;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.FeeRow;
import com.epiduralestimator.domain.Locality;
import com.epiduralestimator.domain.OppsCap;
import com.epiduralestimator.domain.YearParameters;
import com.epiduralestimator.domain.ZipLocation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One year of CMS's physician fee schedule files, unchanged, as a {@link ScheduleFeed}: the RVU file (PPRRVU),
 * the GPCI file (Addendum E), and optionally the ZIP5 file and the OPPS cap file.
 *
 * <p>The RVU file is streamed: CMS sorts it by HCPCS, so the rows of a code are consecutive and are handed on one
 * code at a time (a code whose rows are not consecutive stops the read). The OPPS caps (~16,000 rows) are read
 * first into a map keyed by code. The conversion factor is the file's CONV FACTOR column unless one is given.
 */
public final class CmsScheduleFiles implements ScheduleFeed {
    private final int year;
    private final Path rvu;
    private final Path gpci;
    private final Optional<Path> zip5;
    private final Optional<Path> oppsCap;
    private final YearParameters.Builder parameters;
    private BigDecimal fileConversionFactor;
    private List<ScheduleSource> sources;
    private int rvuRows;
    private int capsRead;
    private int capsUnmatched;
    private Optional<String> zipYearQuarter = Optional.empty();

    /**
     * @param parameters the year's parameters as given to the load; without a conversion factor, the RVU file's
     *                   CONV FACTOR is the year's
     */
    public CmsScheduleFiles(int year, Path rvu, Path gpci, Optional<Path> zip5, Optional<Path> oppsCap,
                            YearParameters.Builder parameters) {
        if (parameters.year() != year) {
            throw new IllegalArgumentException("parameters for " + parameters.year() + " given to a " + year + " load");
        }
        this.year = year;
        this.rvu = Objects.requireNonNull(rvu, "rvu");
        this.gpci = Objects.requireNonNull(gpci, "gpci");
        this.zip5 = zip5;
        this.oppsCap = oppsCap;
        this.parameters = parameters;
    }

    @Override
    public int year() {
        return year;
    }

    @Override
    public List<Locality> localities() {
        return GpciFileReader.readAll(gpci);
    }

    @Override
    public List<ZipLocation> zips() {
        if (zip5.isEmpty()) {
            return List.of();
        }
        List<ZipLocation> zips = new ArrayList<>(45_000);
        Zip5FileReader.read(zip5.get(), record -> {
            zips.add(record.location());
            if (zipYearQuarter.isEmpty()) {
                zipYearQuarter = Optional.of(record.yearQuarter());
            }
        });
        return zips;
    }

    /** The ZIP5 file's year/quarter (e.g. "20254"), once {@link #zips()} has read it. */
    public Optional<String> zipYearQuarter() {
        return zipYearQuarter;
    }

    @Override
    public void codes(java.util.function.Consumer<CodeSchedule> sink) {
        Map<String, List<OppsCap>> caps = readCaps();
        Set<String> done = new HashSet<>(32_000);
        List<FeeRow> group = new ArrayList<>(4);
        int[] groupLines = {0};
        String rvuName = rvu.getFileName().toString();
        RvuFileReader.read(rvu, row -> {
            FeeRow fee = row.fee();
            checkConversionFactor(rvuName, row);
            rvuRows++;
            if (!group.isEmpty() && !group.get(0).code().equals(fee.code())) {
                emit(group, caps, groupLines[0], sink);
                group.clear();
                groupLines[0] = 0;
            }
            if (group.isEmpty() && !done.add(fee.code())) {
                throw new CmsFileException(rvuName, row.line(), RvuFileReader.HCPCS, "rows of " + fee.code()
                        + " are not consecutive: the file must be sorted by HCPCS as CMS ships it");
            }
            for (FeeRow other : group) {
                if (other.modifier().equals(fee.modifier())) {
                    throw new CmsFileException(rvuName, row.line(), RvuFileReader.MOD, fee.code()
                            + (fee.modifier().isEmpty() ? " without a modifier" : "-" + fee.modifier()) + " listed twice");
                }
            }
            group.add(fee);
            groupLines[0]++;
        });
        if (!group.isEmpty()) {
            emit(group, caps, groupLines[0], sink);
        }
        if (rvuRows == 0) {
            throw new CmsFileException(rvuName, 0, null, "no data rows after the header");
        }
        caps.keySet().removeAll(done);
        capsUnmatched = caps.values().stream().mapToInt(List::size).sum();
    }

    private void emit(List<FeeRow> rows, Map<String, List<OppsCap>> caps, int lines,
                      java.util.function.Consumer<CodeSchedule> sink) {
        String code = rows.get(0).code();
        List<OppsCap> codeCaps = caps.getOrDefault(code, List.of());
        if (!codeCaps.isEmpty()) {
            Set<String> modifiers = new HashSet<>();
            rows.forEach(r -> modifiers.add(r.modifier()));
            // A cap for a modifier row the RVU file lacks cannot apply to anything.
            codeCaps = codeCaps.stream().filter(c -> modifiers.contains(c.modifier())).toList();
        }
        sink.accept(new CodeSchedule(code, rows, codeCaps, lines));
    }

    private Map<String, List<OppsCap>> readCaps() {
        Map<String, List<OppsCap>> caps = new HashMap<>();
        oppsCap.ifPresent(file -> OppsCapFileReader.read(file, cap -> {
            caps.computeIfAbsent(cap.code(), c -> new ArrayList<>()).add(cap);
            capsRead++;
        }));
        return caps;
    }

    private void checkConversionFactor(String file, RvuFileReader.Row row) {
        if (fileConversionFactor == null) {
            fileConversionFactor = row.conversionFactor();
        } else if (fileConversionFactor.compareTo(row.conversionFactor()) != 0) {
            throw new CmsFileException(file, row.line(), RvuFileReader.CONV_FACTOR, "conversion factor "
                    + row.conversionFactor().toPlainString() + " differs from " + fileConversionFactor.toPlainString()
                    + " on the earlier rows");
        }
    }

    @Override
    public YearParameters parameters() {
        if (parameters.has(YearParameters.Parameter.CONVERSION_FACTOR)) {
            return parameters.build();
        }
        if (fileConversionFactor == null) {
            throw new IllegalStateException("parameters() before codes(): the conversion factor is not read yet");
        }
        return parameters.toBuilderWith(YearParameters.Parameter.CONVERSION_FACTOR, fileConversionFactor).build();
    }

    /** The files given, hashed (each read once more, whole: ~7 MB for a full year). */
    @Override
    public List<ScheduleSource> sources() {
        if (sources == null) {
            List<ScheduleSource> all = new ArrayList<>();
            all.add(FileDigest.source(ScheduleSource.RVU, rvu));
            all.add(FileDigest.source(ScheduleSource.GPCI, gpci));
            zip5.ifPresent(f -> all.add(FileDigest.source(ScheduleSource.ZIP5, f)));
            oppsCap.ifPresent(f -> all.add(FileDigest.source(ScheduleSource.OPPS_CAP, f)));
            sources = List.copyOf(all);
        }
        return sources;
    }

    @Override
    public boolean oppsCapLoaded() {
        return oppsCap.isPresent();
    }

    /** RVU data rows read. */
    public int rvuRows() {
        return rvuRows;
    }

    /** OPPS cap rows read. */
    public int capsRead() {
        return capsRead;
    }

    /** OPPS cap rows of codes the RVU file lacks (ignored). */
    public int capsUnmatched() {
        return capsUnmatched;
    }
}
