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

    /** The graph that holds what resolution across articles decided: merged entities, their names, posts over time. */
    public static final String ENTITIES_GRAPH = NG.ID + "entities";

    /** What one article calls an entity before resolution: its kind and its key there ("person:Joe Biden"). */
    public static String localKey(Entity entity) {
        return entity.kind().name().toLowerCase(Locale.ROOT) + ":" + entity.key();
    }

    /** The local key of a treaty an article names. */
    public static String treatyKey(String name) {
        return "treaty:" + name;
    }

    /** A mention of an entity in an article; {@code start} -1 for an entity the facts name without a mention in the text. */
    public static String mention(String articleId, String localKey, int start, boolean inTitle) {
        return NG.ID + "mention-" + hash(articleId + "\n" + localKey + "\n" + start + "\n" + inTitle, 12);
    }

    /** The decision that made an article's entity the node {@code entityIri}. */
    public static String resolution(String entityIri, String articleId, String localKey) {
        return NG.ID + "resolution-" + hash(entityIri + "\n" + articleId + "\n" + localKey, 12);
    }

    /** The one post of an owner (a country's code, an organisation's IRI) with a title: "post-usa-president". */
    public static String post(String owner, String role) {
        return NG.ID + "post-" + slug(owner) + "-" + slug(role);
    }

    /** A person's holding of a post over time. */
    public static String membership(String personIri, String postIri) {
        return NG.ID + "membership-" + hash(personIri + "\n" + postIri, 12);
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

    public static String hash(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
