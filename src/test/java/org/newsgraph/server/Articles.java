package org.newsgraph.server;

import java.time.LocalDate;
import java.util.List;

import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.RoleFact;
import org.newsgraph.model.TreatyFact;
import org.newsgraph.rdf.Iris;

/** Hand-made articles and facts for the server tests, one of them with a title that is an HTML script. */
final class Articles {
    static final String HOSTILE_TITLE = "<script>alert(1)</script>";
    static final String HOSTILE_NAME = "<img src=x onerror=alert(2)>";
    static final Entity PUTIN = Entity.person("Vladimir Putin");
    static final Entity XI = Entity.person("Xi Jinping");
    static final Entity BARROT = Entity.person("Jean-Noël Barrot");
    static final Entity RUSSIA = Entity.country("RUS", "Russia");
    static final Entity CHINA = Entity.country("CHN", "China");
    static final Entity FRANCE = Entity.country("FRA", "France");

    private Articles() {
    }

    static String iri(Entity entity) {
        return Iris.entity(entity);
    }

    static List<ArticleFacts> all() {
        String summit = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday.";
        Article first = new Article("summit-1", "Putin hosts Xi", LocalDate.of(2024, 5, 14),
                "https://news.example.org/summit-1", "Example Wire", summit);
        String signing = "French Foreign Minister Jean-Noël Barrot signed the Paris Agreement for France. "
                + "A spokesperson, " + HOSTILE_NAME + ", confirmed it.";
        Article second = new Article("signing-2", HOSTILE_TITLE, LocalDate.of(2024, 6, 2),
                "https://news.example.org/signing-2", "Example Wire", signing);
        int secondSentence = signing.indexOf("A spokesperson");
        return List.of(
                new ArticleFacts(first, List.<Fact>of(
                        new RoleFact(PUTIN, "President", RUSSIA, null, true, provenance(summit, 0, summit, "Russian President Vladimir Putin")),
                        new RoleFact(XI, "President", CHINA, null, true, provenance(summit, 0, summit, "Chinese President Xi Jinping")))),
                new ArticleFacts(second, List.<Fact>of(
                        new RoleFact(BARROT, "Foreign Minister", FRANCE, null, true,
                                provenance(signing.substring(0, secondSentence - 1), 0, signing, "French Foreign Minister Jean-Noël Barrot")),
                        new RoleFact(Entity.person(HOSTILE_NAME), "Spokesperson", FRANCE, null, true,
                                provenance(signing.substring(secondSentence), secondSentence, signing, HOSTILE_NAME)),
                        new TreatyFact("Paris Agreement", List.of(), List.of(FRANCE), List.of(FRANCE), "2016-04-22", null,
                                provenance(signing.substring(0, secondSentence - 1), 0, signing, "signed the Paris Agreement")))));
    }

    private static Provenance provenance(String sentence, int sentenceStart, String text, String evidence) {
        int start = text.indexOf(evidence);
        return new Provenance(sentence, new CharSpan(sentenceStart, sentenceStart + sentence.length()),
                new CharSpan(start, start + evidence.length()), "hand", 0.9);
    }
}
