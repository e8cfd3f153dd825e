package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, each at most {@code limit} long: a longer line is passed over without being
 * held (a one-line gigabyte costs no more memory than a short one) and reported as {@link #TOO_LONG}.
 */
final class ByteLines {
    /** Stands for a line over the limit. */
    static final byte[] TOO_LONG = new byte[0];

    private final InputStream in;
    private final long limit;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int filled;
    private byte[] line = new byte[256];

    ByteLines(InputStream in, long limit) {
        this.in = in;
        this.limit = Math.min(limit, Integer.MAX_VALUE - 16);
    }

    /** The next line without its line break ("\n" or "\r\n"), {@link #TOO_LONG}, or null at the end. */
    byte[] next() throws IOException {
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    return any ? finish(length) : null;
                }
            }
            any = true;
            int start = position;
            while (position < filled && buffer[position] != '\n') {
                position++;
            }
            int n = position - start;
            if (length + n <= limit) {
                append((int) length, start, n);
            }
            length += n;
            if (position < filled) {
                position++; // the line break
                return finish(length);
            }
        }
    }

    private byte[] finish(long length) {
        if (length > limit) {
            return TOO_LONG;
        }
        int end = (int) length;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        return Arrays.copyOf(line, end);
    }

    private void append(int at, int start, int n) {
        if (at + n > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(at + n, 2L * line.length)));
        }
        System.arraycopy(buffer, start, line, at, n);
    }
}
