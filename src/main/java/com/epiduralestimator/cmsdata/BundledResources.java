package com.epiduralestimator.cmsdata;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Opens a bundled schedule file on the classpath; a missing one is a {@link CmsFileException} naming it. */
final class BundledResources {
    private BundledResources() {}

    static BufferedReader open(ClassLoader loader, String resource) {
        return new BufferedReader(new InputStreamReader(openStream(loader, resource), StandardCharsets.UTF_8), 1 << 16);
    }

    static InputStream openStream(ClassLoader loader, String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new CmsFileException(resource, 0, null, "resource not found on the classpath");
        }
        return in;
    }
}
