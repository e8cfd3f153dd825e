package org.newsgraph.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.newsgraph.ingest.Problem;
import org.newsgraph.model.Article;

/**
 * The id each article of a run is stored under, so that no article overwrites another in silence. An id already
 * used in this run, or already stored with another text, is kept under a derived id (the id, '~' and a hash of
 * the text: the same inputs always get the same ids, so building twice still adds nothing) and reported; with
 * {@code replace}, an article stored with another text is replaced instead. The same id with the same text
 * twice in one run is one article read twice: the second is skipped. Used on the reading thread only. Articles
 * whose ids share no {@link #root} never meet here, so a distributed run may assign each root's articles apart, in
 * reading order, and get the ids one run gets.
 */
public final class ArticleIds {
    private static final java.util.regex.Pattern DERIVED = java.util.regex.Pattern.compile("(~[0-9a-f]{8}(-[0-9]+)?)+$");

    /** What to do with an article: store {@code article} (null: skip it), and report {@code note} if there is one. */
    public record Assigned(Article article, Problem note) {
    }

    private final StoredArticles stored;
    private final boolean replace;
    private final SeenIds seen = new SeenIds();

    /** @param stored what the store held before the run (null: nothing, so it is never asked) */
    ArticleIds(StoredArticles stored, boolean replace) {
        this.stored = stored;
        this.replace = replace;
    }

    /** The ids of a run into an empty store. */
    public ArticleIds() {
        this(null, false);
    }

    /**
     * The id without the suffixes this class derives ids with ({@code ~} and eight hex digits, maybe {@code -N}):
     * every id an article may get has the root of the id it was read with, so articles of different roots never
     * compete for an id.
     */
    public static String root(String id) {
        return DERIVED.matcher(id).replaceFirst("");
    }

    public Assigned assign(Article article, String location) {
        byte[] digest = sha256(article.text());
        long textHash = ByteBuffer.wrap(digest).getLong();
        String derived = article.id() + "~" + HexFormat.of().formatHex(digest, 0, 4);
        String id = article.id();
        String clash = null;
        for (int attempt = 1; ; attempt++) {
            long seenText = seen.get(hash64(id));
            if (seenText == SeenIds.nonZero(textHash)) {
                // this text was read before under this id (or was given this derived id)
                return new Assigned(null, Problem.skipped(location, "id", "article '" + article.id()
                        + "' was read before in this run with the same text; skipped"));
            }
            if (seenText == 0) {
                if (!replace && stored != null && stored.holdsOtherText(id, article.text())) {
                    clash = clash == null ? "is already stored with another text" : clash;
                } else {
                    seen.put(hash64(id), textHash);
                    return id.equals(article.id()) ? new Assigned(article, null) : renamed(article, id, clash, location);
                }
            } else {
                clash = clash == null ? "is already taken by another article of this run" : clash;
            }
            id = attempt == 1 ? derived : derived + "-" + attempt;
        }
    }

    private Assigned renamed(Article article, String id, String clash, String location) {
        Article kept = article.withId(id);
        String hint = clash.startsWith("is already stored") ? " (build --replace replaces the stored one)" : "";
        return new Assigned(kept, Problem.warning(location, "id", "id '" + article.id() + "' " + clash
                + "; this article is stored as '" + id + "'" + hint));
    }

    private static long hash64(String text) {
        return ByteBuffer.wrap(sha256(text)).getLong();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
