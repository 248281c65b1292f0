package com.epiduralestimator.cmsdata;

/**
 * A CMS file (or a bundled file derived from one) that does not have the expected shape. The message names the
 * file, the 1-based line number, the field and the offending value, so that the line can be found and fixed.
 * These files carry no patient data, so the value is always safe to show.
 */
public class CmsFileException extends RuntimeException {
    private final String file;
    private final int line;
    private final String field;

    public CmsFileException(String file, int line, String field, String problem) {
        this(file, line, field, problem, null);
    }

    public CmsFileException(String file, int line, String field, String problem, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + (field == null ? "" : ", field " + field) + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** The file (or classpath resource) name. */
    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 when the problem is not on one line (e.g. a missing header). */
    public int line() {
        return line;
    }

    /** The field (column) name, or null when the problem is the line as a whole. */
    public String field() {
        return field;
    }
}
