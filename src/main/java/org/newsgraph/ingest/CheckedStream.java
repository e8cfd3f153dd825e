package org.newsgraph.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that a parser reads through: it counts lines, checks that the bytes are UTF-8 (when told to) and
 * stops with a {@link TooLargeException} once more than {@code limit} bytes have passed since the last
 * {@link #restart()}: a parser that buffers a whole element (a feed item's text) never holds more than that.
 * Errors come after the bytes before them, so the parser reads the items before the bad bytes.
 */
final class CheckedStream extends FilterInputStream {
    /** Bytes that are not UTF-8, at a 1-based line. */
    static final class InvalidUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;

        private final long line;

        InvalidUtf8Exception(long line) {
            super("invalid UTF-8 at line " + line);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final long limit;
    private final boolean utf8;
    private long sinceRestart;
    private InvalidUtf8Exception pending;
    private long line = 1;
    /** Continuation bytes still due, and the range the next one must fall in (narrower after E0, ED, F0, F4). */
    private int due;
    private int low = 0x80;
    private int high = 0xBF;

    CheckedStream(InputStream in, long limit, boolean utf8) {
        super(in);
        this.limit = limit;
        this.utf8 = utf8;
    }

    /** Starts counting towards the limit again (at the start of a feed item). */
    void restart() {
        sinceRestart = 0;
    }

    /** The line the last byte read is on. */
    long line() {
        return line;
    }

    @Override
    public int read() throws IOException {
        throwPending();
        if (sinceRestart >= limit) {
            return overLimit();
        }
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            check(b);
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        throwPending();
        if (sinceRestart >= limit) {
            return overLimit();
        }
        // never past the limit: a restart (the next item) may come within what the parser has read
        int n = super.read(buffer, offset, (int) Math.min(length, limit - sinceRestart));
        if (n < 0) {
            atEnd();
            return n;
        }
        int characterStart = offset;
        for (int i = offset; i < offset + n; i++) {
            if (due == 0) {
                characterStart = i;
            }
            try {
                check(buffer[i] & 0xFF);
            } catch (InvalidUtf8Exception e) {
                if (characterStart == offset) {
                    throw e;
                }
                // the parser gets the whole characters before the bad bytes first, so the items before them are read
                pending = e;
                n = characterStart - offset;
                break;
            }
        }
        count(n);
        return n;
    }

    private void throwPending() throws InvalidUtf8Exception {
        if (pending != null) {
            throw pending;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes must be checked and counted too
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(int n) {
        sinceRestart += n;
    }

    /** At the limit: the end of the input, or one byte more, which is one too many. */
    private int overLimit() throws IOException {
        if (super.read() < 0) {
            atEnd();
            return -1;
        }
        throw new TooLargeException(limit);
    }

    private void atEnd() throws InvalidUtf8Exception {
        if (utf8 && due > 0) {
            throw new InvalidUtf8Exception(line); // cut short inside a character
        }
    }

    private void check(int b) throws InvalidUtf8Exception {
        if (b == '\n') {
            line++;
        }
        if (!utf8) {
            return;
        }
        if (due > 0) {
            if (b < low || b > high) {
                throw new InvalidUtf8Exception(line);
            }
            due--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            due = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            due = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
            due = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw new InvalidUtf8Exception(line);
        }
    }
}
