package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.EditSource;
import com.epiduralestimator.application.LoadedEdition;
import com.epiduralestimator.application.ScheduleSource;
import com.epiduralestimator.domain.EditKind;
import com.epiduralestimator.domain.Edition;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.domain.WireNamed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The claim-edit editions shipped in the jar ({@code edits/editions.csv} and one table file per edition, written by
 * {@link EditsDataGenerator}). The list is read on first use (a few lines); a table only when
 * {@link #content} asks for it.
 */
public final class BundledEdits implements EditSource {
    static final String ROOT = "edits/";
    static final String INDEX = ROOT + "editions.csv";
    static final String INDEX_HEADER = "kind,edition,effectiveFrom,effectiveThrough,rows,file,sourceFile,sha256,scope";

    private final ClassLoader loader;
    private volatile List<LoadedEdition> editions;
    private final Map<Edition, String> files = new ConcurrentHashMap<>();

    public BundledEdits() {
        this(BundledEdits.class.getClassLoader());
    }

    BundledEdits(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public List<LoadedEdition> editions() {
        List<LoadedEdition> current = editions;
        if (current == null) {
            current = readIndex();
            editions = current;
        }
        return current;
    }

    @Override
    public String content(Edition edition) {
        editions();
        String file = files.get(edition);
        if (file == null) {
            throw new IllegalArgumentException("no bundled edition " + edition.describe());
        }
        try (InputStream in = BundledResources.openStream(loader, ROOT + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + file, e);
        }
    }

    private List<LoadedEdition> readIndex() {
        List<LoadedEdition> read = new ArrayList<>();
        try (BufferedReader in = BundledResources.open(loader, INDEX)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.equals(INDEX_HEADER)) {
                    continue;
                }
                List<String> c = Csv.split(line);
                if (c.size() != 9) {
                    throw new CmsFileException(INDEX, number, null, "expected 9 cells");
                }
                // No lambdas or streams: the first estimate of two codes lists the bundled editions.
                Optional<EditKind> named = WireNamed.parse(EditKind.class, c.get(0));
                if (named.isEmpty()) {
                    throw new CmsFileException(INDEX, number, "kind", "unknown: " + c.get(0));
                }
                EditKind kind = named.get();
                List<HcpcsCode> scope = new ArrayList<>();
                if (!c.get(8).isBlank()) {
                    for (String code : c.get(8).split(" ")) {
                        scope.add(new HcpcsCode(code));
                    }
                }
                Edition edition = new Edition(kind, c.get(1), LocalDate.parse(c.get(2)), LocalDate.parse(c.get(3)),
                        true, scope);
                files.put(edition, c.get(5));
                read.add(new LoadedEdition(edition, List.of(new ScheduleSource(kind.wireName(), c.get(6), c.get(7))),
                        Integer.parseInt(c.get(4)), Optional.empty()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        return List.copyOf(read);
    }
}
