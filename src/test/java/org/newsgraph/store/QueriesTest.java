package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.rdf.ProjectFiles;
import org.newsgraph.rdf.SampleArticles;
import org.newsgraph.resolve.EntityRules;

/** The analyst's queries in queries/ run over a real TDB2 store holding the sample articles. */
class QueriesTest {
    private static final Path QUERIES = ProjectFiles.queries();

    @TempDir
    static Path folder;
    static GraphStore store;

    @BeforeAll
    static void load() {
        store = GraphStore.open(folder.resolve("store"));
        store.replace(SampleArticles.all());
        // as build does: resolution across the articles (shared posts over time, preferred names)
        EntityResolution.run(store, null, EntityRules.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastEightQueries() throws IOException {
        assertThat(queryFiles()).hasSizeGreaterThanOrEqualTo(8);
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void everyQueryStartsWithItsQuestionParsesAndFindsRows(Path file) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("the first line says which question the query answers").startsWith("# ");
        // the web page shows the first line as the preset's title: a whole question
        assertThat(text.lines().findFirst().orElseThrow()).as("the first line is a question").endsWith("?");
        Query query = QueryFactory.create(text);
        assertThat(query.isSelectType()).isTrue();
        assertThat(select(file.getFileName().toString())).as("rows over the sample articles").isNotEmpty();
    }

    @Test
    void rolesByCountryListsEveryPostWithItsArticle() {
        assertThat(select("roles-by-country.rq"))
                .extracting(r -> r.get("country"), r -> r.get("person"), r -> r.get("role"), r -> r.get("current"), r -> r.get("article"))
                .containsExactly(
                        tuple("FIN", "Matti Meikäläinen", "president", "true", "sample-fisheries"),
                        tuple("FIN", "Matti Meikäläinen", "president", "true", "sample-talks"),
                        tuple("NOR", "Kari Nordmann", "prime minister", "true", "sample-fisheries"),
                        tuple("NOR", "Kari Nordmann", "prime minister", "true", "sample-talks"),
                        tuple("SWE", "Sven Svensson", "foreign minister", "false", "sample-fisheries"));
    }

    @Test
    void treatySignatoriesGivesPartiesDateAndPlacePerSignatory() {
        assertThat(select("treaty-signatories.rq"))
                .extracting(r -> r.get("treaty"), r -> r.get("signatory"), r -> sortedWords(r.get("parties")), r -> r.get("date"),
                        r -> r.get("place"), r -> r.get("article"))
                .containsExactly(
                        tuple(SampleArticles.ACCORD, "Kari Nordmann", "FIN NOR", "2024-03-04", "Tromsø", "sample-fisheries"),
                        tuple(SampleArticles.ACCORD, "Matti Meikäläinen", "FIN NOR", "2024-03-04", "Tromsø", "sample-fisheries"));
    }

    /** GROUP_CONCAT promises no order. */
    private static String sortedWords(String words) {
        return String.join(" ", Stream.of(words.split(" ")).sorted().toList());
    }

    @Test
    void criticismOfCountryCountsSpeakersPerMonthFromStatementDateOrPublication() {
        // March: the statement's own date; April: no date of its own, so the article's publication month
        assertThat(select("criticism-of-country.rq", Map.of("iso", ResourceFactory.createStringLiteral("USA"))))
                .extracting(r -> r.get("month"), r -> r.get("target"), r -> r.get("speaker"), r -> r.get("statements"), r -> r.get("articles"))
                .containsExactly(
                        tuple("2024-03", "USA", "Kari Nordmann", "1", "sample-fisheries"),
                        tuple("2024-04", "USA", "European Union", "1", "sample-talks"));
    }

    @Test
    void criticismOfCountryFollowsItsParametersOrAValuesLine() throws IOException {
        assertThat(select("criticism-of-country.rq", Map.of("iso", ResourceFactory.createStringLiteral("SWE")))).isEmpty();
        assertThat(select("criticism-of-country.rq", Map.of("iso", ResourceFactory.createStringLiteral("USA"),
                "since", ResourceFactory.createStringLiteral("2024-04-01")))).extracting(r -> r.get("month")).containsExactly("2024-04");
        assertThat(select("criticism-of-country.rq", Map.of("until", ResourceFactory.createStringLiteral("2024-03-31"))))
                .extracting(r -> r.get("month")).containsOnly("2024-03");
        // what the README tells a command-line user: a VALUES line first in the WHERE clause
        String edited = Files.readString(QUERIES.resolve("criticism-of-country.rq")).replaceFirst("WHERE \\{", "WHERE {\n  VALUES ?iso { \"USA\" \"NOR\" }");
        assertThat(run(edited)).extracting(r -> r.get("target")).containsExactly("USA", "USA");
    }

    @Test
    void statementsWithQuotesGivesQuoteOutletAndArticle() {
        assertThat(select("statements-with-quotes.rq"))
                .extracting(r -> r.get("speaker"), r -> r.get("kind"), r -> r.get("target"), r -> r.get("quote"),
                        r -> r.get("outlet"), r -> r.get("date"), r -> r.get("article"), r -> r.get("title"))
                .containsExactly(tuple("Kari Nordmann", "criticize", "United States", "We waited too long for Washington",
                        "NTB", "2024-03-04", "sample-fisheries", "Norway and Finland sign Arctic fisheries accord"));
    }

    @Test
    void bothSidesFindsActorsWhoSpeakAndAreSpokenAbout() {
        // Nordmann criticises the US and thanks Finland, and Svensson criticises her; the EU and Finland speak and
        // are spoken to as well; the others speak only
        assertThat(select("both-sides.rq"))
                .extracting(r -> r.get("actor"), r -> r.get("asSpeaker"), r -> r.get("asTarget"), r -> r.get("targetedBy"))
                .containsExactly(tuple("European Union", "1", "2", "Matti Meikäläinen | Finland"),
                        tuple("Kari Nordmann", "2", "1", "Sven Svensson"), tuple("FIN", "1", "1", "Kari Nordmann"));
    }

    @Test
    void evidenceForFactQuotesTheEvidenceFromTheArticleText() {
        List<Map<String, String>> rows = select("evidence-for-fact.rq");
        assertThat(rows).hasSize(SampleArticles.factCount());
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("sentence")).contains(row.get("evidence"));
            assertThat(Integer.parseInt(row.get("end")) - Integer.parseInt(row.get("start"))).isEqualTo(row.get("evidence").length());
            assertThat(row.get("fact")).startsWith("https://w3id.org/newsgraph/id/fact-");
        });
        assertThat(rows)
                .filteredOn(r -> r.get("evidence").equals("signed the Arctic Fisheries Accord in Tromsø on Monday"))
                .extracting(r -> r.get("type"), r -> r.get("extractor"), r -> Double.parseDouble(r.get("confidence")),
                        r -> r.get("article"), r -> r.get("url"))
                .containsExactly(tuple("TreatySigning", "treaty", 0.8, "sample-fisheries", "https://example.org/news/fisheries"));
        assertThat(rows).extracting(r -> r.get("type")).containsOnly("RoleHolding", "TreatySigning", "Statement", "Quotation");
        // evidence read from the title is quoted from the title
        assertThat(rows).filteredOn(r -> r.get("inTitle").equals("true"))
                .extracting(r -> r.get("evidence"), r -> r.get("sentence"))
                .containsExactly(tuple("Finland urges European Union", "Finland urges European Union to back Arctic accord"));
    }

    @Test
    void evidenceForFactNarrowsToOneFactThroughItsParameter() {
        String fact = select("evidence-for-fact.rq").get(0).get("fact");
        assertThat(select("evidence-for-fact.rq", Map.of("factIri", ResourceFactory.createResource(fact))))
                .extracting(r -> r.get("fact")).containsExactly(fact);
    }

    @Test
    void mostActiveSpeakersCountsStatementsByKindAndArticles() {
        assertThat(select("most-active-speakers.rq"))
                .extracting(r -> r.get("speaker"), r -> r.get("statements"), r -> r.get("criticize"), r -> r.get("support"),
                        r -> r.get("demand"), r -> r.get("articles"))
                .containsExactly(
                        tuple("Kari Nordmann", "2", "1", "1", "0", "2"),
                        tuple("European Union", "1", "1", "0", "0", "1"),
                        tuple("FIN", "1", "0", "0", "1", "1"),
                        tuple("Matti Meikäläinen", "1", "0", "0", "1", "1"),
                        tuple("Sven Svensson", "1", "1", "0", "0", "1"));
    }

    @Test
    void treatiesByPartyListsEachPartysTreaties() {
        assertThat(select("treaties-by-party.rq"))
                .extracting(r -> r.get("party"), r -> r.get("treaty"), r -> r.get("date"), r -> r.get("place"), r -> r.get("articles"))
                .containsExactly(
                        tuple("FIN", SampleArticles.ACCORD, "2024-03-04", "Tromsø", "1"),
                        tuple("NOR", SampleArticles.ACCORD, "2024-03-04", "Tromsø", "1"));
    }

    @Test
    void whoTargetsWhomGivesTheStatementNetwork() {
        assertThat(select("who-targets-whom.rq"))
                .extracting(r -> r.get("speaker"), r -> r.get("kind"), r -> r.get("target"), r -> r.get("statements"))
                .containsExactlyInAnyOrder(
                        tuple("Kari Nordmann", "criticize", "USA", "1"),
                        tuple("Kari Nordmann", "support", "FIN", "1"),
                        tuple("Sven Svensson", "criticize", "Kari Nordmann", "1"),
                        tuple("Matti Meikäläinen", "demand", "European Union", "1"),
                        tuple("FIN", "demand", "European Union", "1"),
                        tuple("European Union", "criticize", "USA", "1"));
    }

    @Test
    void articlesOverviewCountsFactsPerArticleIncludingArticlesWithout() {
        assertThat(select("articles-overview.rq"))
                .extracting(r -> r.get("article"), r -> r.get("roles"), r -> r.get("treaties"), r -> r.get("statements"))
                .containsExactlyInAnyOrder(
                        tuple("sample-fisheries", "3", "1", "2"),
                        tuple("sample-talks", "2", "0", "4"),
                        tuple("sample-empty", "0", "0", "0"));
    }

    @Test
    void postHoldersDatesEachHoldingByTheArticlesThatAttestIt() {
        assertThat(select("post-holders.rq"))
                .extracting(r -> r.get("owner"), r -> r.get("role"), r -> r.get("person"), r -> r.get("from"), r -> r.get("to"),
                        r -> r.get("formerBy"), r -> r.get("facts"))
                .containsExactly(
                        tuple("FIN", "president", "Matti Meikäläinen", "2024-03-05", "2024-04-10", null, "2"),
                        tuple("NOR", "prime minister", "Kari Nordmann", "2024-03-05", "2024-04-10", null, "2"),
                        tuple("SWE", "foreign minister", "Sven Svensson", null, null, "2024-03-05", "1"));
    }

    @Test
    void postHoldersTakeACountryAndAPeriod() {
        assertThat(select("post-holders.rq", Map.of("iso", ResourceFactory.createStringLiteral("NOR"))))
                .extracting(r -> r.get("person")).containsExactly("Kari Nordmann");
        assertThat(select("post-holders.rq", Map.of("since", ResourceFactory.createStringLiteral("2024-04-11")))).as("after every day seen").isEmpty();
        assertThat(select("post-holders.rq", Map.of("since", ResourceFactory.createStringLiteral("2024-04-01"),
                "until", ResourceFactory.createStringLiteral("2024-04-30")))).extracting(r -> r.get("person"))
                .containsExactly("Matti Meikäläinen", "Kari Nordmann");
    }

    @Test
    void personPostsAndTheTimelineTakeOneEntitysIri() {
        var kari = ResourceFactory.createResource("https://w3id.org/newsgraph/id/person-kari-nordmann");
        assertThat(select("person-posts.rq", Map.of("who", kari))).extracting(r -> r.get("person"), r -> r.get("role"), r -> r.get("owner"))
                .containsExactly(tuple("Kari Nordmann", "prime minister", "NOR"));
        assertThat(select("entity-timeline.rq", Map.of("who", kari)))
                .extracting(r -> r.get("date"), r -> r.get("role"), r -> r.get("kind"), r -> r.get("other"))
                .containsExactly(tuple("2024-03-04", "speaker", "criticize", "USA"), tuple("2024-03-05", "target", "criticize", "Sven Svensson"),
                        tuple("2024-04-10", "speaker", "support", "FIN"));
        assertThat(select("entity-timeline.rq", Map.of("who", kari, "since", ResourceFactory.createStringLiteral("2024-04-01"))))
                .extracting(r -> r.get("date")).containsExactly("2024-04-10");
    }

    private static List<Map<String, String>> select(String fileName) {
        return select(fileName, Map.of());
    }

    /** The query with its parameters bound the way the web view binds them (Jena's substitution). */
    private static List<Map<String, String>> select(String fileName, Map<String, RDFNode> parameters) {
        try {
            return run(Files.readString(QUERIES.resolve(fileName)), parameters);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> run(String text) {
        return run(text, Map.of());
    }

    /** Rows as variable -> lexical form (URI for resources); unbound variables are absent. */
    private static List<Map<String, String>> run(String text, Map<String, RDFNode> parameters) {
        Query query = QueryFactory.create(text);
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            var builder = QueryExecution.dataset(store.dataset()).query(query);
            parameters.forEach(builder::substitution);
            try (QueryExecution execution = builder.build()) {
                execution.execSelect().forEachRemaining(solution -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    solution.varNames().forEachRemaining(name -> {
                        RDFNode node = solution.get(name);
                        row.put(name, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                    });
                    rows.add(row);
                });
            }
            return rows;
        });
    }
}
