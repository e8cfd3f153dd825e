package org.newsgraph.ingest;

import java.io.IOException;

/** An input (a file, a line, a feed item) over the byte limit: it is skipped, and what is left of it is not read. */
final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    TooLargeException(long limit) {
        super(String.format("larger than the limit of %,d bytes", limit), null);
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    /** The bytes of a whole input, or a TooLargeException once there are more than {@code limit}: never more is read. */
    static byte[] readAtMost(java.io.InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new TooLargeException(limit);
        }
        return bytes;
    }
}
