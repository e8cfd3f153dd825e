package org.newsgraph.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where an article's id comes from when its input names none: its canonical URL, else its path relative to the
 * input root (a file's name alone would let two {@code index.html} in different folders overwrite each other),
 * else its content (standard input). Each is a function of the input alone, so building twice adds nothing.
 */
public final class Ids {
    private Ids() {
    }

    /** The path of a file below the folder the user named, '/'-separated, without its extensions: "world/index". */
    public static String fromPath(Path root, Path file) {
        Path relative = root.relativize(file);
        Path parent = relative.getParent();
        String stem = stem(file);
        return parent == null ? stem : parent.toString().replace('\\', '/') + "/" + stem;
    }

    /** A file's name up to its first dot: "oslo.txt.gz" -> "oslo". */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** An absolute http(s) URL without its fragment, or null: a relative or odd URL names no article. */
    public static String fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            String text = uri.toString();
            int hash = text.indexOf('#');
            return hash >= 0 ? text.substring(0, hash) : text;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** An id made from the text itself: the same text always gets it, another text never (in practice). */
    public static String fromContent(String text) {
        return "content-" + hex(text, 8);
    }

    /** The single-article id for an input: its default id, or (standard input: null) one from the content. */
    static String orFromContent(String defaultId, String text) {
        return defaultId != null ? defaultId : fromContent(text);
    }

    /** The first bytes of the text's SHA-256, in hex. */
    public static String hex(String text, int bytes) {
        return HexFormat.of().formatHex(sha256(text), 0, bytes);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
