package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;

import org.newsgraph.model.Article;
import org.newsgraph.model.Fact;
import org.newsgraph.nlp.Sentence;

/**
 * The standard extraction pipeline, loaded once for all extractor and resolver tests of a run: the models
 * and the gazetteer take seconds to load, the short test articles milliseconds to read.
 */
public final class SharedPipeline {
    private static ExtractionPipeline pipeline;
    private static ExtractionPipeline rules;

    private SharedPipeline() {
    }

    public static synchronized ExtractionPipeline get() {
        if (pipeline == null) {
            pipeline = ExtractionPipeline.standard(List.of());
        }
        return pipeline;
    }

    /** The pipeline with the statement pattern rules alone (no statement model), for the rules' own tests. */
    public static synchronized ExtractionPipeline rules() {
        if (rules == null) {
            ExtractionPipeline standard = get();
            rules = new ExtractionPipeline(standard.models(), standard.gazetteer(), ExtractionPipeline.builtInExtractors(null));
        }
        return rules;
    }

    /** The facts of one kind the pipeline with the statement rules alone finds, in the order found. */
    public static <T extends Fact> List<T> ruleFacts(Class<T> kind, Article article) {
        return rules().process(article).facts().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** A test article; a null title is empty, published, source may be null. */
    public static Article article(String title, LocalDate published, String source, String text) {
        return new Article("test-" + Integer.toHexString(text.hashCode()), title, published, null, source, text);
    }

    /** The facts of one kind the whole pipeline finds in an article, in the order found. */
    public static <T extends Fact> List<T> facts(Class<T> kind, Article article) {
        return get().process(article).facts().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** What the extractors see of an article (mentions and resolver), built as {@link ExtractionPipeline#process} builds it. */
    public static ArticleContext context(Article article) {
        ExtractionPipeline p = get();
        List<Sentence> title = article.title().isBlank() ? List.of()
                : p.annotate(new Article(article.id(), "", null, null, null, article.title())).sentences();
        return new ArticleContext(p.annotate(article), title, p.gazetteer());
    }
}
