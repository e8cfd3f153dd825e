package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** One registry of readers per format: by extension, or by sniffing the first bytes. */
public final class ReaderRegistry {
    private final Map<String, ArticleReader> byExtension = new LinkedHashMap<>();

    public static ReaderRegistry standard() {
        ReaderRegistry registry = new ReaderRegistry();
        registry.register(".txt", new TextReader());
        registry.register(".text", new TextReader());
        registry.register(".jsonl", new JsonLinesReader());
        registry.register(".ndjson", new JsonLinesReader());
        return registry;
    }

    public void register(String extension, ArticleReader reader) {
        byExtension.put(extension, reader);
    }

    /** The reader for a file name, or by content when the extension says nothing; null if unknown. */
    public ArticleReader forName(String lowerCaseName, BufferedInputStream in) throws IOException {
        for (var entry : byExtension.entrySet()) {
            if (lowerCaseName.endsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return sniff(in);
    }

    private ArticleReader sniff(BufferedInputStream in) throws IOException {
        in.mark(4096);
        byte[] head = in.readNBytes(4096);
        in.reset();
        for (byte b : head) {
            if (b == 0) {
                return null; // binary
            }
        }
        String start = new String(head, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("{")) {
            return byExtension.get(".jsonl");
        }
        return byExtension.get(".txt");
    }
}
