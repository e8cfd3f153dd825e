package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import org.newsgraph.model.Entity;

/**
 * Deterministic IRIs: the same article, entity or fact always gets the same IRI, so building twice adds
 * nothing. Local names carry no slash (see ../shared/docs/pitfalls.md).
 */
public final class Iris {
    private Iris() {
    }

    public static String article(String articleId) {
        return NG.ID + "article-" + slug(articleId) + "-" + hash(articleId, 6);
    }

    public static String entity(Entity entity) {
        return switch (entity.kind()) {
            case COUNTRY -> NG.ID + "country-" + entity.key();
            case PERSON -> NG.ID + "person-" + slug(entity.key());
            case ORGANISATION -> NG.ID + "org-" + slug(entity.key());
            case OUTLET -> NG.ID + "outlet-" + slug(entity.key());
        };
    }

    public static String treaty(String name) {
        return NG.ID + "treaty-" + slug(name);
    }

    public static String fact(String articleId, String factIdentity) {
        return NG.ID + "fact-" + hash(articleId + "\n" + factIdentity, 12);
    }

    /** Lower-case ASCII words joined by hyphens: "Kim Jong Un" -> "kim-jong-un". */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-$", "");
        }
        return slug.isEmpty() ? hash(text, 8) : slug;
    }

    static String hash(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
