package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.model.Article;

/** What a reader made of some input: the articles and the problems. */
record ReadResult(List<Article> articles, List<Problem> problems) {
    static ReadResult read(ArticleReader reader, String name, String content) throws IOException {
        List<Article> articles = new ArrayList<>();
        Problems problems = Problems.silent();
        reader.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, "page",
                articles::add, problems);
        return new ReadResult(articles, problems.all());
    }
}
