package org.newsgraph.model;

/** A half-open range of token indices [start, end) inside one sentence. */
public record TokenSpan(int start, int end) {
    public TokenSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int token) {
        return token >= start && token < end;
    }

    public boolean overlaps(TokenSpan other) {
        return start < other.end && other.start < end;
    }
}
