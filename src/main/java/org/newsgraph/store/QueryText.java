package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text of a SPARQL file kept on the class path beside the code that runs it. */
public final class QueryText {
    private QueryText() {
    }

    /** @param resource an absolute class-path name ("/org/newsgraph/store/roles.rq") */
    public static String load(String resource) {
        try (InputStream in = QueryText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("query " + resource + " missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
