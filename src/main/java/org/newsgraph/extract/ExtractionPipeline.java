package org.newsgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.role.RoleExtractor;
import org.newsgraph.extract.statement.LearnedStatementExtractor;
import org.newsgraph.extract.statement.QuotationExtractor;
import org.newsgraph.extract.statement.StatementExtractor;
import org.newsgraph.extract.statement.StatementModel;
import org.newsgraph.extract.treaty.TreatyExtractor;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.mention.SentenceMentions;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Fact;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Models;

/**
 * Article in, facts out: OpenNLP annotation, mentions and resolution, then each extractor in turn. Safe to
 * share between threads: each thread gets its own annotator, the models and gazetteer are shared.
 */
public final class ExtractionPipeline {
    private final Models models;
    private final Gazetteer gazetteer;
    private final List<Extractor> extractors;
    private final ThreadLocal<Annotator> annotators;

    public ExtractionPipeline(Models models, Gazetteer gazetteer, List<Extractor> extractors) {
        this.models = models;
        this.gazetteer = gazetteer;
        this.extractors = List.copyOf(extractors);
        // Lemmas come from the irregular-verb list and regular inflection rules (nlp/Lemmas), not from the
        // statistical lemmatizer: on ../shared/gold the facts are the same and extraction is 2.4 times faster.
        this.annotators = ThreadLocal.withInitial(() -> new Annotator(models, false));
    }

    /** The built-in extractors over the bundled gazetteer plus the user's gazetteer folders. */
    public static ExtractionPipeline standard(List<Path> gazetteerFolders) {
        Models models = Models.get();
        Gazetteer gazetteer = Gazetteer.load(new Annotator(models, false)::words, gazetteerFolders);
        return new ExtractionPipeline(models, gazetteer, builtInExtractors());
    }

    /**
     * The one list of built-in extractors, in the order they run: statements are decided by the bundled statement
     * model over the pattern rules, or by the rules alone when the jar carries no model.
     */
    public static List<Extractor> builtInExtractors() {
        return builtInExtractors(StatementModel.bundled());
    }

    /** The built-in extractors with this statement model (null: the pattern rules alone). */
    public static List<Extractor> builtInExtractors(StatementModel statements) {
        return List.of(new RoleExtractor(), new TreatyExtractor(),
                statements == null ? new StatementExtractor() : new LearnedStatementExtractor(statements), new QuotationExtractor());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Models models() {
        return models;
    }

    public AnnotatedDocument annotate(Article article) {
        return annotators.get().annotate(article);
    }

    public ArticleFacts process(Article article) {
        ArticleContext context = run(article, extractors);
        List<Fact> facts = context.facts();
        return new ArticleFacts(article, gazetteer.hasGroups() ? Groups.expand(facts, gazetteer::members) : facts,
                mentions(context));
    }

    /**
     * Where the title and text name persons and organisations, each under the entity the article resolved it to:
     * what resolution across articles reads (the names an article uses for a person, a bare surname included).
     */
    static List<EntityMention> mentions(ArticleContext context) {
        List<EntityMention> found = new ArrayList<>();
        for (List<SentenceMentions> part : List.of(context.titleMentions(), context.mentions())) {
            boolean inTitle = part == context.titleMentions();
            for (SentenceMentions sentence : part) {
                for (Mention mention : sentence.mentions()) {
                    if (mention.type() != MentionType.PERSON && mention.type() != MentionType.ORGANISATION) {
                        continue;
                    }
                    Entity entity = context.resolver().entity(mention);
                    if (entity == null || entity.kind() == EntityKind.COUNTRY || mention.text().isBlank()) {
                        continue;
                    }
                    found.add(new EntityMention(entity, mention.text(), sentence.sentence().charSpan(mention.tokens()), inTitle));
                }
            }
        }
        return found;
    }

    /** The article annotated, its mentions found, and the given extractors run over it in turn. */
    public ArticleContext run(Article article, List<Extractor> chosen) {
        Article title = new Article(article.id(), "", null, null, null, article.title());
        List<org.newsgraph.nlp.Sentence> titleSentences = article.title().isBlank() ? List.of() : annotate(title).sentences();
        ArticleContext context = new ArticleContext(annotate(article), titleSentences, gazetteer);
        for (Extractor extractor : chosen) {
            context.addFacts(extractor.extract(context));
        }
        return context;
    }
}
