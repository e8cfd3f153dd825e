package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One article's entity as the store holds it, the input of resolution across articles: the article, its key for the
 * entity ("person:Joe Biden"), the node it is now, the words its mentions use and their IRIs, the posts its facts give it, the
 * countries the article's facts involve and its publication date (or null).
 */
public record LocalEntity(String articleId, String article, String localKey, String currentIri, LocalDate published,
                          Set<String> forms, Set<String> mentions, List<Held> posts, Set<String> countries) implements Comparable<LocalEntity> {
    public LocalEntity {
        Objects.requireNonNull(articleId, "article id");
        Objects.requireNonNull(localKey, "local key");
        if (localKey.indexOf(':') < 1) {
            throw new IllegalArgumentException("a local key is KIND:NAME: '" + localKey + "'");
        }
        forms = Set.copyOf(forms);
        mentions = Set.copyOf(mentions);
        posts = List.copyOf(posts);
        countries = Set.copyOf(countries);
    }

    /** person, organisation or treaty. */
    public String kind() {
        return localKey.substring(0, localKey.indexOf(':'));
    }

    /** The name the article gives, in its fullest form. */
    public String name() {
        return localKey.substring(localKey.indexOf(':') + 1);
    }

    /** A post an article's fact gives the entity: its label, its owner (ISO code or organisation name) and the fact. */
    public record Held(String role, String owner, String ownerIri, boolean current, String fact) {
    }

    @Override
    public int compareTo(LocalEntity other) {
        int byArticle = articleId.compareTo(other.articleId);
        return byArticle != 0 ? byArticle : localKey.compareTo(other.localKey);
    }
}
