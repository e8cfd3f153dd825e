package org.newsgraph.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.eval.FactSheet;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.ingest.InputWalker;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.Problems;
import org.newsgraph.ingest.ReaderRegistry;
import org.newsgraph.model.Article;

/**
 * Gold sets as ../shared/gold lays them out: a folder with {@code articles.jsonl} and {@code gold.jsonl}. Articles
 * are read the way {@code build} reads them, so ids and offsets are the same.
 */
public final class GoldSets {
    public static final String ARTICLES = "articles.jsonl";
    public static final String GOLD = "gold.jsonl";

    private GoldSets() {
    }

    /** The articles of one set that have gold facts, in file order; problems name the file and line. */
    public static List<GoldArticle> read(Path set, Problems problems) throws IOException {
        Map<String, FactSheet> gold = GoldFile.readGold(set.resolve(GOLD), problems);
        Map<String, Article> articles = new LinkedHashMap<>();
        new InputWalker(ReaderRegistry.standard(), InputStream.nullInputStream())
                .walk(List.of(set.resolve(ARTICLES).toString()), article -> articles.put(article.id(), article), problems);
        List<GoldArticle> out = new ArrayList<>();
        for (Article article : articles.values()) {
            FactSheet facts = gold.get(article.id());
            if (facts == null) {
                problems.add(new Problem(set.resolve(ARTICLES).toString(), "train", "article '" + article.id() + "' has no gold facts; left out"));
            } else {
                out.add(new GoldArticle(article, facts, set.toString()));
            }
        }
        return out;
    }

    /** The SHA-256 of a set's two files, the version of the data a model was trained on. */
    public static String digest(List<Path> sets) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path set : sets) {
                sha.update(Files.readAllBytes(set.resolve(ARTICLES)));
                sha.update(Files.readAllBytes(set.resolve(GOLD)));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
