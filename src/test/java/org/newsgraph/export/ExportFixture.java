package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.RoleFact;
import org.newsgraph.model.StatementFact;
import org.newsgraph.model.StatementKind;
import org.newsgraph.model.TreatyFact;
import org.newsgraph.store.GraphStore;

/**
 * A small real TDB2 store for the export tests: two articles, 6 facts, 10 nodes, 9 fact edges. One
 * organisation's name and one quote hold quotes, angle brackets, an ampersand and a line break (the quote ends in a backslash).
 */
public final class ExportFixture {
    public static final String TRICKY_NAME = "Smith & \"Sons\" <Holdings>\nof Lagos";
    public static final String TRICKY_QUOTE = "We say \"no\" to <tariffs> & levies,\nnow and later \\";

    static final Entity PUTIN = Entity.person("Vladimir Putin");
    static final Entity KIM = Entity.person("Kim Jong Un");
    static final Entity BIDEN = Entity.person("Joe Biden");
    static final Entity RUSSIA = Entity.country("RUS", "Russia");
    static final Entity NORTH_KOREA = Entity.country("PRK", "North Korea");
    static final Entity UKRAINE = Entity.country("UKR", "Ukraine");
    static final Entity USA = Entity.country("USA", "United States");
    static final Entity NATO = Entity.organisation("NATO");
    static final Entity TRICKY = Entity.organisation(TRICKY_NAME);
    static final Entity TASS = Entity.outlet("TASS");
    public static final String TREATY = "Treaty on Comprehensive Strategic Partnership";

    public static final int NODES = 10;
    public static final int EDGES = 9;

    private ExportFixture() {
    }

    /** Writes both articles into a new store in {@code directory}. */
    /** Builds the fixture store in {@code directory}/store and writes its whole view with a writer to a file there. */
    static Path exportWith(ViewGraphWriter writer, Path directory, String fileName) throws IOException {
        build(directory.resolve("store"));
        Path file = directory.resolve(fileName);
        try (GraphStore store = GraphStore.open(directory.resolve("store"));
             OutputStream out = Files.newOutputStream(file)) {
            writer.write(new ViewGraphReader(store, System.err::println).read(ViewFilter.ALL), out);
        }
        return file;
    }

    public static void build(Path directory) {
        try (GraphStore store = GraphStore.open(directory)) {
            store.replace(List.of(summit(), washington()));
        }
    }

    /** Published 2024-06-20: Putin's post, the treaty signed 2024-06-19, Putin criticising NATO (undated). */
    static ArticleFacts summit() {
        Article article = new Article("summit-1", "Putin & Kim sign pact", LocalDate.of(2024, 6, 20), null, "test",
                "Putin and Kim signed the treaty. Putin criticised NATO.");
        return new ArticleFacts(article, List.of(
                new RoleFact(PUTIN, "president", RUSSIA, null, true, provenance("Russian President Vladimir Putin", 0.9)),
                new TreatyFact(TREATY, List.of("partnership treaty"), List.of(PUTIN, KIM), List.of(RUSSIA, NORTH_KOREA),
                        "2024-06-19", "Pyongyang", provenance("Putin and Kim signed the treaty.", 0.8)),
                new StatementFact(PUTIN, NATO, StatementKind.CRITICIZE, "NATO is expanding", TASS, null,
                        provenance("Putin criticised NATO.", 0.7))));
    }

    /** Published 2023-03-01: Biden's post, Biden supporting Ukraine (2023-02), the tricky firm criticising the USA. */
    static ArticleFacts washington() {
        Article article = new Article("washington-7", "Biden backs Kyiv", LocalDate.of(2023, 3, 1), null, "test",
                "President Joe Biden backed Ukraine. A firm criticised the United States.");
        return new ArticleFacts(article, List.of(
                new RoleFact(BIDEN, "president", USA, null, true, provenance("President Joe Biden", 0.95)),
                new StatementFact(BIDEN, UKRAINE, StatementKind.SUPPORT, "We stand with Ukraine", null, "2023-02",
                        provenance("Joe Biden backed Ukraine.", 0.4)),
                new StatementFact(TRICKY, USA, StatementKind.CRITICIZE, TRICKY_QUOTE, null, "2023-02-27",
                        provenance("A firm criticised the United States.", 0.6))));
    }

    private static Provenance provenance(String sentence, double confidence) {
        return new Provenance(sentence, new CharSpan(0, sentence.length()), new CharSpan(0, 5), "test", confidence);
    }
}
