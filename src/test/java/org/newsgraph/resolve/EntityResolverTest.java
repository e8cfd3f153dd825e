package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.OfficeHolders;

class EntityResolverTest {
    private static OfficeHolders dictionary;

    @BeforeAll
    static void loadDictionary() {
        dictionary = Gazetteer.loadForNames(List.of()).officeHolders();
    }

    private static LocalEntity person(String article, String name, String date, LocalEntity.Held... posts) {
        return new LocalEntity(article, "https://w3id.org/newsgraph/id/article-" + article, "person:" + name,
                "https://w3id.org/newsgraph/id/person-" + article + "-" + name.hashCode(), date == null ? null : LocalDate.parse(date),
                Set.of(name), Set.of(), List.of(posts), Set.of("USA"));
    }

    private static LocalEntity other(String kind, String article, String name) {
        return new LocalEntity(article, "https://w3id.org/newsgraph/id/article-" + article, kind + ":" + name,
                "https://w3id.org/newsgraph/id/x-" + article + "-" + name.hashCode(), null, Set.of(name), Set.of(), List.of(), Set.of());
    }

    private static LocalEntity.Held post(String role, String owner) {
        return new LocalEntity.Held(role, owner, "https://w3id.org/newsgraph/id/country-" + owner, true, "https://w3id.org/newsgraph/id/fact-" + role.hashCode());
    }

    private static EntityResolver.Result resolve(List<LocalEntity> locals) {
        return new EntityResolver(dictionary).resolve(locals, EntityRules.NONE);
    }

    private static List<LocalEntity> sample() {
        return List.of(
                person("a1", "Joe Biden", "2023-05-01", post("president", "USA")),
                person("a2", "Joseph R. Biden Jr.", "2022-02-10"),
                person("a3", "Biden", "2023-07-01", post("president", "USA")),
                person("a4", "Hunter Biden", "2023-07-01"),
                person("a5", "Donald J. Trump", "2019-01-05", post("president", "USA")),
                person("a5", "Ivanka Trump", "2019-01-05"),
                person("a6", "Melania Trump", "2018-03-01"),
                person("a7", "Volodymyr Zelensky", "2019-09-30"),
                person("a8", "Volodymyr Zelenskyy", "2023-09-21"),
                person("a9", "Kennedy", "2021-03-01"),
                person("a10", "Kennedy", "2022-03-01"),
                person("a11", "Bernie Sanders", "2020-02-01"),
                person("a12", "Bernard Sanders", "2020-03-01"),
                person("a13", "Jake Sullivan", "2022-04-01", post("national security advisor", "USA")),
                person("a14", "Sullivan", "2022-06-01", post("national security advisor", "USA")));
    }

    private static String nodeOf(EntityResolver.Result result, String article, String name) {
        for (ResolvedEntity entity : result.entities()) {
            for (ResolvedEntity.Member m : entity.members()) {
                if (m.local().articleId().equals(article) && m.local().name().equals(name)) {
                    return entity.iri();
                }
            }
        }
        throw new AssertionError(article + " " + name);
    }

    @Test
    void theFormsOfOnePersonAreOneNodeUnderTheDictionarysName() {
        EntityResolver.Result result = resolve(sample());
        String biden = nodeOf(result, "a1", "Joe Biden");
        assertThat(biden).endsWith("/person-joe-biden");
        assertThat(nodeOf(result, "a2", "Joseph R. Biden Jr.")).isEqualTo(biden);
        assertThat(nodeOf(result, "a3", "Biden")).as("a bare surname with the post Biden held then").isEqualTo(biden);
        assertThat(nodeOf(result, "a7", "Volodymyr Zelensky")).isEqualTo(nodeOf(result, "a8", "Volodymyr Zelenskyy"));
        assertThat(nodeOf(result, "a11", "Bernie Sanders")).isEqualTo(nodeOf(result, "a12", "Bernard Sanders"));
        assertThat(nodeOf(result, "a14", "Sullivan")).as("the same post, two months apart").isEqualTo(nodeOf(result, "a13", "Jake Sullivan"));
        ResolvedEntity node = result.entities().stream().filter(e -> e.iri().equals(biden)).findFirst().orElseThrow();
        assertThat(node.prefLabel()).isEqualTo("Joseph R. Biden Jr.");
        assertThat(node.altLabels()).contains("Joe Biden", "Biden");
        assertThat(node.members()).extracting(ResolvedEntity.Member::reason).containsOnly("dictionary", "post");
        assertThat(node.members()).allSatisfy(m -> assertThat(m.explanation()).isNotBlank());
    }

    @Test
    void relativesAndUnclearSurnamesStayApart() {
        EntityResolver.Result result = resolve(sample());
        String biden = nodeOf(result, "a1", "Joe Biden");
        String trump = nodeOf(result, "a5", "Donald J. Trump");
        assertThat(nodeOf(result, "a4", "Hunter Biden")).isNotEqualTo(biden);
        assertThat(Set.of(nodeOf(result, "a5", "Ivanka Trump"), nodeOf(result, "a6", "Melania Trump"), trump)).hasSize(3);
        assertThat(nodeOf(result, "a9", "Kennedy")).as("no article says which Kennedy").isNotEqualTo(nodeOf(result, "a10", "Kennedy"));
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheEntities() {
        List<LocalEntity> shuffled = new ArrayList<>(sample());
        EntityResolver.Result first = resolve(shuffled);
        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(resolve(shuffled).entities()).isEqualTo(first.entities());
        }
    }

    @Test
    void theFullestNameWithoutATitleIsThePreferredOne() {
        EntityResolver.Result result = resolve(List.of(person("d1", "Justice Wanda Vázquez Garced", "2019-08-07"),
                person("d2", "Wanda Vázquez", "2019-08-01"), person("d3", "Wanda Vázquez Garced", "2019-08-02")));
        assertThat(Set.copyOf(result.iris().values())).hasSize(1);
        assertThat(result.entities().get(0).prefLabel()).isEqualTo("Wanda Vázquez Garced");
        assertThat(result.entities().get(0).altLabels()).containsExactly("Justice Wanda Vázquez Garced", "Wanda Vázquez");
    }

    @Test
    void twoEntitiesOfOneArticleAreNeverOne() {
        EntityResolver.Result result = resolve(List.of(person("b1", "Jaroslaw Kaczynski", null), person("b1", "Jarosław Kaczyński", null),
                person("b2", "Jarosław Kaczyński", null)));
        assertThat(nodeOf(result, "b1", "Jaroslaw Kaczynski")).isNotEqualTo(nodeOf(result, "b1", "Jarosław Kaczyński"));
    }

    @Test
    void theUsersSplitsAndMergesWin() {
        EntityRules rules = EntityRules.parse("rules", List.of("split\tJoseph R. Biden Jr.", "merge\tKennedy\tHunter Biden", "# a comment"));
        EntityResolver.Result result = new EntityResolver(dictionary).resolve(sample(), rules);
        assertThat(nodeOf(result, "a2", "Joseph R. Biden Jr.")).isNotEqualTo(nodeOf(result, "a1", "Joe Biden"));
        assertThat(nodeOf(result, "a9", "Kennedy")).isEqualTo(nodeOf(result, "a4", "Hunter Biden")).isEqualTo(nodeOf(result, "a10", "Kennedy"));
        ResolvedEntity merged = result.entities().stream().filter(e -> e.iri().equals(nodeOf(result, "a9", "Kennedy"))).findFirst().orElseThrow();
        assertThat(merged.members()).extracting(ResolvedEntity.Member::reason).contains("user-merge");
    }

    @Test
    void badRulesAreReportedWithTheirLines() {
        try {
            EntityRules.parse("f.tsv", List.of("merge\tonly one", "join\tA\tB"));
            throw new AssertionError("no problem reported");
        } catch (EntityRules.RulesException e) {
            assertThat(e.problems()).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("f.tsv:"));
        }
    }

    @Test
    void organisationsAndTreatiesAreOneByTheirNormalisedNames() {
        EntityResolver.Result result = resolve(List.of(other("organisation", "c1", "US State Department"),
                other("organisation", "c2", "U.S. Department of State"), other("organisation", "c3", "Houthis"),
                other("organisation", "c4", "Houthi movement"), other("treaty", "c5", "New START"), other("treaty", "c6", "New START Treaty")));
        Map<LocalEntity, String> iris = result.iris();
        assertThat(iris.values()).hasSize(6);
        assertThat(Set.copyOf(iris.values())).hasSize(3);
    }

    @Test
    void formerIrisOfTheNamesRedirectToTheNode() {
        EntityResolver.Result result = resolve(sample());
        ResolvedEntity zelensky = result.entities().stream().filter(e -> e.iri().equals(nodeOf(result, "a7", "Volodymyr Zelensky")))
                .findFirst().orElseThrow();
        assertThat(zelensky.formerIris()).contains("https://w3id.org/newsgraph/id/person-volodymyr-zelenskyy");
    }
}
