package org.newsgraph.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.QuotationFact;
import org.newsgraph.model.RoleFact;
import org.newsgraph.model.StatementFact;
import org.newsgraph.model.StatementKind;
import org.newsgraph.model.TreatyFact;

/**
 * Articles for the web view's API: Barrot criticises Russia in two articles (May and July 2024) and supports
 * Ukraine, backed by a quotation; Putin threatens France; a post guessed at 0.5; a treaty France is party to;
 * and the hand-made articles of {@link Articles}, hostile title and name included.
 */
final class ViewArticles {
    static final Entity UKRAINE = Entity.country("UKR", "Ukraine");
    static final Entity DUPONT = Entity.person("Jean Dupont");
    static final Entity AFP = Entity.outlet("AFP");
    static final String QUOTED = "Russia must answer for this";

    private ViewArticles() {
    }

    static List<ArticleFacts> all() {
        List<ArticleFacts> all = new ArrayList<>(Articles.all());
        String said = "Foreign Minister Jean-Noël Barrot condemned Russia on Monday: \"" + QUOTED + ".\"";
        String may = said + " Jean Dupont, a minister, was there.";
        Article first = new Article("paris-may", "Barrot condemns Moscow", LocalDate.of(2024, 5, 20), "https://news.example.org/paris-may",
                "Paris Wire", may);
        int quote = may.indexOf(QUOTED);
        StatementFact condemned = new StatementFact(Articles.BARROT, Articles.RUSSIA, StatementKind.CRITICIZE, QUOTED, AFP, "2024-05-20",
                provenance(may, said, "Jean-Noël Barrot condemned Russia", 0.9));
        all.add(new ArticleFacts(first, List.<Fact>of(condemned,
                new QuotationFact(QUOTED, new CharSpan(quote, quote + QUOTED.length()), Articles.BARROT, "after",
                        provenance(may, said, QUOTED, 0.9)),
                new RoleFact(DUPONT, "Minister", Articles.FRANCE, null, true, provenance(may, "Jean Dupont, a minister, was there.", "Jean Dupont", 0.5)))));

        String july = "Barrot again criticised Russia and backed Ukraine. Putin warned France.";
        Article second = new Article("paris-july", "Barrot backs Kyiv", LocalDate.of(2024, 7, 2), null, "Other Wire", july);
        all.add(new ArticleFacts(second, List.<Fact>of(
                new StatementFact(Articles.BARROT, Articles.RUSSIA, StatementKind.CRITICIZE, null, null, null,
                        provenance(july, "Barrot again criticised Russia and backed Ukraine.", "Barrot again criticised Russia", 0.8)),
                new StatementFact(Articles.BARROT, UKRAINE, StatementKind.SUPPORT, null, null, "2024-07",
                        provenance(july, "Barrot again criticised Russia and backed Ukraine.", "backed Ukraine", 0.95)),
                new StatementFact(Articles.PUTIN, Articles.FRANCE, StatementKind.THREATEN, null, null, null,
                        provenance(july, "Putin warned France.", "Putin warned France", 0.7)))));
        return all;
    }

    private static Provenance provenance(String text, String sentence, String evidence, double confidence) {
        int sentenceStart = text.indexOf(sentence);
        int start = text.indexOf(evidence);
        return new Provenance(sentence, new CharSpan(sentenceStart, sentenceStart + sentence.length()),
                new CharSpan(start, start + evidence.length()), "hand", confidence);
    }
}
