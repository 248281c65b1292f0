package com.epiduralestimator.local;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of an import file, read with bounded memory (issue 22: a 300 MB line was an OutOfMemoryError with a
 * trace). A line is at most {@code maxBytes} bytes: past that its bytes are skipped to the end of the line, never
 * held, and the line comes back as a problem. Each line is decoded on its own as strict UTF-8, so a bad byte
 * rejects its line (named with the byte's position) and the next lines are read as usual. Lines end at LF; a CR
 * before it is dropped.
 */
final class BoundedLines implements Closeable {
    /** A row is a patient id (at most 64), a date, up to 10 lines of codes: far below this. */
    static final int MAX_LINE_BYTES = 4_096;

    /** One line: its number (from 1) and its text, or why it has none ({@code problem}, never quoting it). */
    record Line(int number, String text, String problem) {}

    private final InputStream in;
    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int limit;
    private final int maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private int number;
    private boolean ended;

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        buffer.reset();
        long length = 0;
        boolean newline = false;
        while (!newline) {
            if (pos == limit) {
                limit = in.read(chunk);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    ended = true;
                    break;
                }
            }
            int start = pos;
            while (pos < limit && chunk[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            // keep at most one byte more than allowed: a CR before the LF may still be dropped
            int keep = (int) Math.max(0, Math.min(n, maxBytes + 1L - length));
            buffer.write(chunk, start, keep);
            length += n;
            if (pos < limit) {
                pos++; // the LF
                newline = true;
            }
        }
        if (ended && length == 0 && !newline) {
            return null;
        }
        number++;
        byte[] bytes = buffer.toByteArray();
        int size = bytes.length > 0 && bytes[bytes.length - 1] == '\r' && length <= maxBytes + 1
                ? bytes.length - 1 : bytes.length;
        long real = length - (size < bytes.length ? 1 : 0);
        if (real > maxBytes) {
            return new Line(number, null, "longer than " + maxBytes + " bytes (" + real + "): not read");
        }
        return decode(bytes, size);
    }

    private Line decode(byte[] bytes, int size) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, 0, size);
        CharBuffer output = CharBuffer.allocate(size);
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            return new Line(number, null, "not valid UTF-8 (byte " + (input.position() + 1) + " of the line)");
        }
        output.flip();
        return new Line(number, output.toString(), null);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
