package org.newsgraph.nlp;

import java.util.List;

import org.newsgraph.model.Article;

/** An article split into sentences and tokens, each token tagged and lemmatised. */
public record AnnotatedDocument(Article article, List<Sentence> sentences) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
