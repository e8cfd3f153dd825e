package org.newsgraph.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Models;
import org.newsgraph.nlp.Sentence;

/**
 * Every false positive with the sentence the system read it from, and every false negative with the article
 * sentence nearest to it, grouped by article, so a person can see why each was counted.
 */
public final class ErrorListing {
    private final List<ScoreError> errors;
    private final Map<String, FactSheet> gold;
    private final Map<String, String> texts;
    private final Map<String, NearestSentence> sentences = new HashMap<>();
    private Annotator annotator;

    /**
     * @param texts article texts by id; a missed fact of an article without text is listed without a sentence
     */
    public ErrorListing(List<ScoreError> errors, Map<String, FactSheet> gold, Map<String, String> texts) {
        this.errors = List.copyOf(errors);
        this.gold = gold;
        this.texts = texts;
    }

    public String text() {
        long falsePositives = errors.stream().filter(ScoreError::falsePositive).count();
        StringBuilder out = new StringBuilder();
        out.append(String.format("errors: %d false positives (FP), %d false negatives (FN)%n",
                falsePositives, errors.size() - falsePositives));
        String article = null;
        for (ScoreError error : errors) {
            if (!error.articleId().equals(article)) {
                article = error.articleId();
                out.append(System.lineSeparator()).append(article).append(System.lineSeparator());
            }
            out.append(String.format("  %s %-19s %s%n", error.label(), error.measure().key(), error.tuple().describe()));
            String sentence = sentence(error);
            if (sentence != null) {
                out.append(String.format("       %s: %s%n", error.falsePositive() ? "evidence" : "nearest", oneLine(sentence)));
            }
        }
        return out.toString();
    }

    public ArrayNode toJson() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (ScoreError error : errors) {
            ObjectNode item = list.addObject();
            item.put("article", error.articleId());
            item.put("measure", error.measure().key());
            item.put("type", error.label());
            item.put("tuple", error.tuple().describe());
            item.put(error.falsePositive() ? "evidence" : "nearest_sentence", sentence(error));
        }
        return list;
    }

    private String sentence(ScoreError error) {
        if (error.falsePositive()) {
            return error.tuple().evidence();
        }
        String text = texts.get(error.articleId());
        if (text == null) {
            return null;
        }
        FactSheet sheet = gold.get(error.articleId());
        Map<String, List<String>> aliases = sheet == null ? Map.of() : sheet.aliases();
        return sentences.computeIfAbsent(error.articleId(), id -> new NearestSentence(split(id, text))).find(error.tuple(), aliases);
    }

    /** The article's sentences as the pipeline splits them, so they read like the evidence of found facts. */
    private List<String> split(String id, String text) {
        if (annotator == null) {
            annotator = new Annotator(Models.get(), false);
        }
        return annotator.annotate(new Article(id, null, null, null, null, text)).sentences().stream().map(Sentence::text).toList();
    }

    private static String oneLine(String sentence) {
        return sentence.replaceAll("\\s+", " ");
    }
}
