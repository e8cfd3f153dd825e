package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that can say where the first bad byte is. */
final class Utf8 {
    private Utf8() {
    }

    /** The text, or null if the bytes are not valid UTF-8. */
    static String decode(byte[] bytes) {
        try {
            return strict().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The 1-based line holding the first byte that is not valid UTF-8 (1 if all are valid). */
    static long lineOfFirstError(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = strict().decode(in, out, true);
        int errorAt = result.isError() ? in.position() : 0;
        long line = 1;
        for (int i = 0; i < errorAt; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static CharsetDecoder strict() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
