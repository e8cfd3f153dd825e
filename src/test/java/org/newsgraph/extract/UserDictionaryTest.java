package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.model.Article;
import org.newsgraph.model.RoleFact;
import org.newsgraph.model.StatementFact;

/** Extraction with a user's dictionary: the fictional one of docs/dictionaries/example and small ones of its own. */
class UserDictionaryTest {
    private static final Path EXAMPLE = Path.of("docs/dictionaries/example");
    private static ExtractionPipeline pipeline;
    private static ExtractionPipeline rules;

    @BeforeAll
    static void load() {
        ExtractionPipeline shared = SharedPipeline.get();
        Gazetteer gazetteer = Gazetteer.load(new org.newsgraph.nlp.Annotator(shared.models(), false)::words, List.of(EXAMPLE));
        pipeline = new ExtractionPipeline(shared.models(), gazetteer, ExtractionPipeline.builtInExtractors());
        rules = new ExtractionPipeline(shared.models(), gazetteer, ExtractionPipeline.builtInExtractors(null));
    }

    private static Article article(String date, String text) {
        return new Article("test", "", LocalDate.parse(date), null, null, text);
    }

    private static List<String> statements(ExtractionPipeline with, String date, String text) {
        return with.process(article(date, text)).facts().stream().filter(StatementFact.class::isInstance).map(StatementFact.class::cast)
                .map(s -> s.speaker().key() + " " + s.kind().label() + " " + s.target().key()).toList();
    }

    private static List<String> roles(String date, String text) {
        return pipeline.process(article(date, text)).facts().stream().filter(RoleFact.class::isInstance).map(RoleFact.class::cast)
                .map(r -> r.person().key() + " " + r.role() + " " + r.country().key()).toList();
    }

    @Test
    void coordinatedSubjectsWithModifiersKeepEveryActor() {
        for (ExtractionPipeline with : List.of(rules, pipeline)) {
            assertThat(statements(with, "2022-03-02", "Freedonia and the evil awful Sylvania condemned Borduria on Monday."))
                    .containsExactlyInAnyOrder("FRD criticize BRD", "SYL criticize BRD");
            assertThat(statements(with, "2022-03-02", "Syldavia and the small but proud Grand Fenwick welcomed the Zmylpathian League's decision."))
                    .containsExactlyInAnyOrder("SYD support Zmylpathian League", "GFW support Zmylpathian League");
        }
    }

    @Test
    void coordinatedStatesAfterASubjectNounKeepEveryActor(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("countries.tsv"), "FRN\tmember\nFRN\tname\tFornost\nGNR\tmember\nGNR\tname\tGondor\n"
                + "ARN\tmember\nARN\tname\tArnor\n", StandardCharsets.UTF_8);
        ExtractionPipeline shared = SharedPipeline.get();
        Gazetteer gazetteer = Gazetteer.load(new org.newsgraph.nlp.Annotator(shared.models(), false)::words, List.of(folder));
        ExtractionPipeline plain = new ExtractionPipeline(shared.models(), gazetteer, ExtractionPipeline.builtInExtractors(null));
        assertThat(statements(plain, "2024-03-01", "Fornost and the evil awful Gondor condemned Arnor on Monday."))
                .containsExactlyInAnyOrder("FRN criticize ARN", "GNR criticize ARN");
        assertThat(statements(plain, "2024-03-01", "Lawmakers in Fornost and Gondor criticised Arnor on Monday."))
                .containsExactlyInAnyOrder("FRN criticize ARN", "GNR criticize ARN");
    }

    @Test
    void agentsAreBodiesOfTheirState() {
        assertThat(statements(pipeline, "2020-06-01", "Bordurian police accused Syldavia of harbouring smugglers."))
                .containsExactly("Borduria police criticize SYD");
        assertThat(statements(rules, "2021-11-05", "Lawmakers in Freedonia and Sylvania criticised the Zmylpathian League on Friday."))
                .containsExactlyInAnyOrder("Freedonia legislature criticize Zmylpathian League", "Sylvania legislature criticize Zmylpathian League");
        assertThat(pipeline.gazetteer().actor("BRDCOP").key()).isEqualTo("Borduria police");
    }

    @Test
    void aBareTitleIsItsHolderOnTheArticlesDate() {
        assertThat(roles("2021-09-14", "The president of Ruritania praised Grand Fenwick on Tuesday."))
                .containsExactly("Rudolf Elphberg president RUR");
        assertThat(roles("2024-01-20", "Ruritania's president thanked Freedonia for its support."))
                .containsExactly("Flavia Elphberg president RUR");
        assertThat(statements(pipeline, "2022-06-06", "The Ruritanian president called on Borduria to withdraw its army."))
                .containsExactly("Rudolf Elphberg demand BRD");
    }

    @Test
    void aSurnameIsTheDictionarysPersonOfThatDate() {
        assertThat(statements(pipeline, "2022-02-10", "Tasch criticised Freedonia on Thursday.")).containsExactly("Kurvi Tasch criticize FRD");
        // after his term the dictionary no longer says who "Tasch" is
        assertThat(statements(pipeline, "2023-02-10", "Tasch criticised Freedonia on Thursday.")).doesNotContain("Kurvi Tasch criticize FRD");
    }

    @Test
    void aPhraseForSeveralActorsGivesAFactForEach() {
        assertThat(statements(pipeline, "2019-04-11", "The Zmylpathian states warned Freedonia against new tariffs."))
                .containsExactlyInAnyOrder("BRD threaten FRD", "SYD threaten FRD");
    }

    @Test
    void theFictionalSetScoresAsRecorded() throws IOException {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(Main.run("eval", "--gazetteer", EXAMPLE.toString(), "--gold", "src/test/resources/dictionaries/gold.jsonl",
                    "src/test/resources/dictionaries/articles.jsonl", "--json")).isZero();
        } finally {
            System.setOut(out);
        }
        double kg = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8)).get("kg_f1").asDouble();
        assertThat(kg).isGreaterThanOrEqualTo(0.93);
    }
}
