package com.epiduralestimator.cmsdata;

import com.epiduralestimator.application.ScheduleSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a CMS file, so that a load can say which bytes it read (checkable with {@code sha256sum}). */
public final class FileDigest {
    private FileDigest() {}

    public static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The file as a source of one part of a schedule year. */
    public static ScheduleSource source(String part, Path file) {
        return new ScheduleSource(part, CmsLines.fileName(file), sha256(file));
    }
}
