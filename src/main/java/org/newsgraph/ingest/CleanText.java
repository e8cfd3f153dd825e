package org.newsgraph.ingest;

import org.newsgraph.model.Article;

/**
 * Text as it may be stored: no control characters (a JSON {@code \u0000} or {@code \u001b} is valid JSON but no
 * XML 1.0 character, so RDF/XML cannot be written, and an ESC would reach the terminal of whoever queries),
 * no unpaired surrogates and no U+FFFE/U+FFFF. Form feeds, vertical tabs and NEL end lines, as they did on paper.
 */
public final class CleanText {
    private CleanText() {
    }

    /** The article with its fields cleaned (the same object if nothing changes), or null if the id is left blank. */
    static Article article(Article article) {
        String id = clean(article.id()).strip();
        if (id.isEmpty()) {
            return null;
        }
        String title = clean(article.title());
        String url = article.url() == null ? null : clean(article.url());
        String source = article.source() == null ? null : clean(article.source());
        String text = clean(article.text());
        String author = article.author() == null ? null : clean(article.author());
        if (id.equals(article.id()) && title.equals(article.title()) && text.equals(article.text())
                && java.util.Objects.equals(url, article.url()) && java.util.Objects.equals(source, article.source())
                && java.util.Objects.equals(author, article.author())) {
            return article;
        }
        return new Article(id, title, article.published(), url, source, text, author, article.language());
    }

    /** The text without control characters (the same string if it holds none). */
    public static String clean(String text) {
        int first = firstUnwanted(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\f' || c == '\u000B' || c == '\u0085') {
                out.append('\n');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!unwanted(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** For a one-line report: control characters shown as '?'. */
    public static String visible(String text) {
        if (firstUnwanted(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(unwanted(c) || c == '\f' || c == '\u000B' || c == '\u0085' ? '?' : c);
            }
        }
        return out.toString();
    }

    /**
     * True if nothing in the text would show on a page: only spaces (no-break, thin, ideographic ...), zero-width
     * and other format characters, or blank fillers.
     */
    public static boolean looksBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean invisible = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.CONTROL || c == '\u2800' || c == '\u3164' || c == '\uFFA0'
                    || c == '\u115F' || c == '\u1160';
            if (!invisible) {
                return false;
            }
        }
        return true;
    }

    private static int firstUnwanted(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unwanted(c) || c == '\f' || c == '\u000B' || c == '\u0085') {
                return i;
            }
        }
        return -1;
    }

    /** A control character other than tab and line breaks, an unpaired surrogate, or a non-character. */
    private static boolean unwanted(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c >= 0x7F && c <= 0x9F
                || Character.isSurrogate(c)
                || c == '\uFFFE' || c == '\uFFFF';
    }
}
