package com.epiduralestimator.application;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The facility directory, read the first time something asks for it (an estimate naming {@code facilityCcn} or
 * {@code facilityZip}, or a facility search) and kept: an ordinary estimate's cold start never pays for it.
 */
public final class LazyFacilityDirectory implements Supplier<FacilityDirectory> {
    private final Supplier<DirectoryData> source;
    private volatile FacilityDirectory loaded;

    /** @param source reads the directory (the bundled files, or newer ones); called at most once */
    public LazyFacilityDirectory(Supplier<DirectoryData> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public FacilityDirectory get() {
        FacilityDirectory d = loaded;
        if (d == null) {
            synchronized (this) {
                d = loaded;
                if (d == null) {
                    d = new FacilityDirectory(source.get());
                    loaded = d;
                }
            }
        }
        return d;
    }

    /** Whether it has been read yet (what the cold-start test checks). */
    public boolean isLoaded() {
        return loaded != null;
    }
}
