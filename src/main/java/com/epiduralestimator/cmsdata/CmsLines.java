package com.epiduralestimator.cmsdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Opening CMS files: ISO-8859-1 (never fails to decode; the files are ASCII), a leading byte order mark dropped. */
final class CmsLines {
    private CmsLines() {}

    /** Reads a file that a reader's {@code read(fileName, Reader, sink)} takes; I/O failures name the file. */
    static void readFile(Path file, java.util.function.BiConsumer<String, Reader> body) {
        String name = fileName(file);
        try (BufferedReader in = open(file)) {
            body.accept(name, in);
        } catch (IOException e) {
            throw readFailure(name, e);
        }
    }

    /** What {@code reader} reads from the whole file, named as CMS ships it in its errors. */
    static <T> T readFileAs(Path file, java.util.function.BiFunction<String, Reader, T> reader) {
        String name = fileName(file);
        try (BufferedReader in = open(file)) {
            return reader.apply(name, in);
        } catch (IOException e) {
            throw readFailure(name, e);
        }
    }

    private static BufferedReader open(Path file) {
        try {
            InputStream in = Files.newInputStream(file);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    private static BufferedReader buffered(Reader in) {
        return in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
    }

    private static String dropByteOrderMark(String firstLine) {
        if (firstLine.startsWith("\uFEFF")) {
            return firstLine.substring(1);
        }
        if (firstLine.startsWith("\u00EF\u00BB\u00BF")) {
            return firstLine.substring(3);
        }
        return firstLine;
    }

    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static UncheckedIOException readFailure(String file, IOException e) {
        return new UncheckedIOException("cannot read " + file, e);
    }

    /** A line's CSV cells; a malformed line names the file and the line. */
    static List<String> cells(String fileName, int lineNo, String line) {
        try {
            return Csv.split(line);
        } catch (IllegalArgumentException e) {
            throw new CmsFileException(fileName, lineNo, null, "malformed CSV: " + e.getMessage());
        }
    }

    /** A file's lines with their 1-based numbers, the first line's byte order mark dropped. */
    static final class Numbered {
        private final BufferedReader in;
        private int lineNo;

        Numbered(Reader in) {
            this.in = buffered(in);
        }

        /** The next line, or null at the end of the file. */
        String next() throws IOException {
            String line = in.readLine();
            if (line == null) {
                return null;
            }
            lineNo++;
            return lineNo == 1 ? dropByteOrderMark(line) : line;
        }

        /** The number of the line {@link #next} returned last (0 before the first). */
        int lineNo() {
            return lineNo;
        }
    }

    /** Blank lines may end a CMS file (CMS leaves some), but never stand between data rows. */
    static final class TrailingBlanks {
        private final String fileName;
        private int firstBlank;

        TrailingBlanks(String fileName) {
            this.fileName = fileName;
        }

        /** True when the line is blank and is to be skipped; throws when data follows a blank line. */
        boolean skip(boolean blank, int lineNo) {
            if (blank) {
                if (firstBlank == 0) {
                    firstBlank = lineNo;
                }
                return true;
            }
            if (firstBlank != 0) {
                throw new CmsFileException(fileName, firstBlank, null, "blank line between data rows");
            }
            return false;
        }
    }
}
