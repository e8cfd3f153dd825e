package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.OfficeHolders;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.RoleFact;
import org.newsgraph.model.StatementFact;
import org.newsgraph.model.StatementKind;
import org.newsgraph.resolve.EntityRules;

/** Resolution across the store: one node per person, article graphs repointed, facts read as before, the same quads in any order. */
class EntityResolutionTest {
    private static final Entity USA = Entity.country("USA", "United States");
    private static final Entity RUS = Entity.country("RUS", "Russia");
    private static OfficeHolders dictionary;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadDictionary() {
        dictionary = Gazetteer.loadForNames(List.of()).officeHolders();
    }

    /** An article in which a person (named fully, then by a short form) holds a post and criticises Russia. */
    private static ArticleFacts article(String id, String date, String fullName, String shortName, String role) {
        String text = fullName + " spoke. " + shortName + " criticised Russia.";
        Entity person = Entity.person(fullName);
        CharSpan full = new CharSpan(0, fullName.length());
        CharSpan shortForm = new CharSpan(text.indexOf(shortName + " criticised"), text.indexOf(shortName + " criticised") + shortName.length());
        Provenance first = new Provenance(text.substring(0, fullName.length() + 7), new CharSpan(0, fullName.length() + 7), full, "test", 0.9);
        Provenance second = new Provenance(text.substring(fullName.length() + 8), new CharSpan(fullName.length() + 8, text.length()),
                new CharSpan(shortForm.start(), text.length() - 1), "test", 0.8);
        return new ArticleFacts(new Article(id, "Title of " + id, LocalDate.parse(date), null, null, text),
                List.of(new RoleFact(person, role, USA, null, true, first),
                        new StatementFact(person, RUS, StatementKind.CRITICIZE, null, null, null, second)),
                List.of(new EntityMention(person, fullName, full, false), new EntityMention(person, shortName, shortForm, false)));
    }

    private static List<ArticleFacts> articles() {
        return List.of(article("one", "2021-03-01", "Joe Biden", "Biden", "president"),
                article("two", "2022-05-02", "Joseph R. Biden Jr.", "Biden", "president"),
                article("three", "2023-07-03", "Hunter Biden", "Hunter", "lawyer"),
                article("four", "2019-01-04", "Volodymyr Zelensky", "Zelensky", "president"),
                article("five", "2023-01-05", "Volodymyr Zelenskyy", "Zelenskyy", "president"));
    }

    private static Set<String> quads(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> all = new TreeSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining((Quad q) -> all.add(q.toString()));
            return all;
        });
    }

    private static List<String> select(GraphStore store, String sparql) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(sparql).build()) {
                execution.execSelect().forEachRemaining(r -> rows.add(r.toString()));
            }
            return rows;
        });
    }

    private GraphStore store(String name) {
        return GraphStore.open(folder.resolve(name));
    }

    @Test
    void onePersonIsOneNodeWithItsNamesAndTheFactsReadAsBefore() {
        try (GraphStore store = store("s")) {
            store.replace(articles());
            List<ObjectNode> before = new FactsReader(store).readAll(0);
            EntityResolution.Report report = EntityResolution.run(store, dictionary, EntityRules.NONE);
            assertThat(report.rewrittenArticles()).isPositive();
            assertThat(new FactsReader(store).readAll(0)).as("the names each article used, as before").isEqualTo(before);
            List<String> persons = select(store, "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                    + "SELECT ?p ?pref (GROUP_CONCAT(DISTINCT ?alt; separator='|') AS ?alts) WHERE { ?p a ng:Person ; skos:prefLabel ?pref . "
                    + "OPTIONAL { ?p skos:altLabel ?alt } } GROUP BY ?p ?pref ORDER BY ?p");
            assertThat(persons).hasSize(3);
            assertThat(persons.get(1)).contains("person-joe-biden", "Joseph R. Biden Jr.", "Biden", "Joe Biden");
            assertThat(persons.get(0)).contains("person-hunter-biden");
            assertThat(persons.get(2)).contains("person-volodymyr-zelensky", "Zelenskyy", "Zelensky");
            assertThat(select(store, "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?r WHERE { ?p ng:resolvedFrom ?r . ?r ng:explanation ?e ; ng:confidence ?c }"))
                    .hasSize(5);
            assertThat(select(store, "PREFIX owl: <http://www.w3.org/2002/07/owl#> SELECT ?x WHERE { <https://w3id.org/newsgraph/id/person-joseph-r-biden-jr> owl:sameAs ?x }"))
                    .as("the IRI an earlier build gave still leads to the node").hasSize(1);
        }
    }

    @Test
    void resolvingAgainChangesNothingAndTheOrderOfBuildingDoesNotMatter() {
        Set<String> inOrder;
        try (GraphStore store = store("a")) {
            store.replace(articles());
            EntityResolution.run(store, dictionary, EntityRules.NONE);
            inOrder = quads(store);
            EntityResolution.Report again = EntityResolution.run(store, dictionary, EntityRules.NONE);
            assertThat(again.rewrittenArticles()).isZero();
            assertThat(again.entityQuadsChanged()).as("the entities graph is left as it is, doubles and dates too").isZero();
            assertThat(again.entityQuads()).isPositive();
            assertThat(quads(store)).isEqualTo(inOrder);
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
        try (GraphStore store = store("b")) {
            List<ArticleFacts> reversed = new ArrayList<>(articles());
            java.util.Collections.reverse(reversed);
            // in two builds, each followed by resolution, the later articles joining the earlier ones' nodes
            store.replace(reversed.subList(0, 2));
            EntityResolution.run(store, dictionary, EntityRules.NONE);
            store.replace(reversed.subList(2, reversed.size()));
            EntityResolution.run(store, dictionary, EntityRules.NONE);
            assertThat(quads(store)).isEqualTo(inOrder);
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }

    @Test
    void theUsersRulesAreKeptByTheStoreUntilReplaced() {
        try (GraphStore store = store("r")) {
            store.replace(articles());
            EntityResolution.run(store, dictionary, EntityRules.parse("rules", List.of("split\tJoseph R. Biden Jr.")));
            String count = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?p WHERE { ?p a ng:Person }";
            assertThat(select(store, count)).hasSize(4);
            EntityResolution.run(store, dictionary, null);
            assertThat(select(store, count)).as("the stored rule applies again").hasSize(4);
            EntityResolution.run(store, dictionary, EntityRules.NONE);
            assertThat(select(store, count)).as("an empty file drops it").hasSize(3);
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }
}
