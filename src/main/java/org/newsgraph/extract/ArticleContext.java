package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.model.Article;
import org.newsgraph.model.Fact;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.resolve.ArticleResolver;

/** What every extractor sees of one article: the annotated text, its mentions, and the article's resolver. */
public final class ArticleContext {
    private final AnnotatedDocument document;
    private final Gazetteer gazetteer;
    private final List<SentenceMentions> mentions;
    private final ArticleResolver resolver;
    private final List<Fact> facts = new ArrayList<>();

    public ArticleContext(AnnotatedDocument document, Gazetteer gazetteer) {
        this.document = document;
        this.gazetteer = gazetteer;
        MentionFinder finder = new MentionFinder(gazetteer);
        this.mentions = document.sentences().stream().map(finder::find).toList();
        this.resolver = new ArticleResolver(document.article(), mentions);
    }

    public Article article() {
        return document.article();
    }

    public AnnotatedDocument document() {
        return document;
    }

    public List<Sentence> sentences() {
        return document.sentences();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public List<SentenceMentions> mentions() {
        return mentions;
    }

    public SentenceMentions mentions(int sentence) {
        return mentions.get(sentence);
    }

    public ArticleResolver resolver() {
        return resolver;
    }

    /** Facts found so far: later extractors read earlier ones (statements read the posts of their speakers). */
    public List<Fact> facts() {
        return List.copyOf(facts);
    }

    void addFacts(List<Fact> more) {
        facts.addAll(more);
    }
}
