package org.newsgraph.rdf;

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
 * Three hand-made articles (invented text, placeholder names) with the facts a reader takes from them, so
 * mapper, store and query tests know exactly what the graph must hold. Offsets are found in the text, not
 * typed in.
 */
public final class SampleArticles {
    public static final Entity NOR = Entity.country("NOR", "Norway");
    public static final Entity FIN = Entity.country("FIN", "Finland");
    public static final Entity SWE = Entity.country("SWE", "Sweden");
    public static final Entity USA = Entity.country("USA", "United States");
    public static final Entity EU = Entity.organisation("European Union");
    public static final Entity NTB = Entity.outlet("NTB");
    public static final Entity NORDMANN = Entity.person("Kari Nordmann");
    public static final Entity MEIKALAINEN = Entity.person("Matti Meikäläinen");
    public static final Entity SVENSSON = Entity.person("Sven Svensson");

    public static final String ACCORD = "Arctic Fisheries Accord";

    private SampleArticles() {
    }

    /** Posts, a treaty signing and two statements (one quoted, one aimed at a person); published 2024-03-05. */
    public static ArticleFacts fisheries() {
        Article article = new Article("sample-fisheries", "Norway and Finland sign Arctic fisheries accord",
                LocalDate.of(2024, 3, 5), "https://example.org/news/fisheries", "Example Wire",
                "Norwegian Prime Minister Kari Nordmann and Finnish President Matti Meikäläinen signed the Arctic "
                        + "Fisheries Accord in Tromsø on Monday. Nordmann criticised the United States for staying "
                        + "away from the talks, NTB reported. \"We waited too long for Washington,\" she said. "
                        + "Former Swedish foreign minister Sven Svensson criticised Nordmann for the secrecy of the "
                        + "negotiations.");
        Facts facts = new Facts(article.text());
        facts.add(new RoleFact(NORDMANN, "prime minister", NOR, null, true,
                facts.at("Norwegian Prime Minister Kari Nordmann", "role", 0.9)));
        facts.add(new RoleFact(MEIKALAINEN, "president", FIN, null, true,
                facts.at("Finnish President Matti Meikäläinen", "role", 0.9)));
        facts.add(new RoleFact(SVENSSON, "foreign minister", SWE, null, false,
                facts.at("Former Swedish foreign minister Sven Svensson", "role", 0.7)));
        facts.add(new TreatyFact(ACCORD, List.of("fisheries accord"), List.of(NORDMANN, MEIKALAINEN), List.of(NOR, FIN),
                "2024-03-04", "Tromsø", facts.at("signed the Arctic Fisheries Accord in Tromsø on Monday", "treaty", 0.8)));
        facts.add(new StatementFact(NORDMANN, USA, StatementKind.CRITICIZE, "We waited too long for Washington", NTB,
                "2024-03-04", facts.at("Nordmann criticised the United States", "statement", 0.85)));
        facts.add(new StatementFact(SVENSSON, NORDMANN, StatementKind.CRITICIZE, null, null, null,
                facts.at("Sven Svensson criticised Nordmann", "statement", 0.6)));
        // the quotation lies in a sentence of its own, so it supports none of Nordmann's statements
        Provenance quoted = facts.at("We waited too long for Washington,", "quotation", 0.9);
        facts.add(new QuotationFact("We waited too long for Washington,", quoted.evidence(), NORDMANN, "after", quoted));
        return new ArticleFacts(article, facts.list);
    }

    /**
     * A demand of an organisation (in the text and, by the country, in the title), the organisation's criticism
     * (no date of its own), thanks; no url or source.
     */
    public static ArticleFacts talks() {
        Article article = new Article("sample-talks", "Finland urges European Union to back Arctic accord",
                LocalDate.of(2024, 4, 10), null, null,
                "Finnish President Matti Meikäläinen on Wednesday urged the European Union to support the Arctic "
                        + "Fisheries Accord. The European Union later criticised the United States over its absence. "
                        + "Norwegian Prime Minister Kari Nordmann thanked Finland “for its support”.");
        Facts facts = new Facts(article.text());
        facts.add(new RoleFact(MEIKALAINEN, "president", FIN, null, true,
                facts.at("Finnish President Matti Meikäläinen", "role", 0.9)));
        facts.add(new RoleFact(NORDMANN, "prime minister", NOR, null, true,
                facts.at("Norwegian Prime Minister Kari Nordmann", "role", 0.9)));
        facts.add(new StatementFact(MEIKALAINEN, EU, StatementKind.DEMAND, null, null, null,
                facts.at("Matti Meikäläinen on Wednesday urged the European Union", "statement", 0.75)));
        facts.add(new StatementFact(EU, USA, StatementKind.CRITICIZE, null, null, null,
                facts.at("The European Union later criticised the United States", "statement", 0.65)));
        facts.add(new StatementFact(NORDMANN, FIN, StatementKind.SUPPORT, null, null, null,
                facts.at("Kari Nordmann thanked Finland", "statement", 0.8)));
        facts.add(new StatementFact(FIN, EU, StatementKind.DEMAND, null, null, null,
                Facts.inTitle(article.title(), "Finland urges European Union", "statement", 0.7)));
        // a quotation that carries the thanks of its sentence, and one nobody is named for
        Provenance thanks = facts.at("for its support", "quotation", 0.6);
        facts.add(new QuotationFact("for its support", thanks.evidence(), NORDMANN, "partial", thanks));
        return new ArticleFacts(article, facts.list);
    }

    /** An article without facts, title or publication date. */
    public static ArticleFacts empty() {
        return new ArticleFacts(new Article("sample-empty", null, null, null, null,
                "Rain is expected across the region on Thursday."), List.of());
    }

    public static List<ArticleFacts> all() {
        return List.of(fisheries(), talks(), empty());
    }

    public static int factCount() {
        return all().stream().mapToInt(a -> a.facts().size()).sum();
    }

    /** Builds provenance from phrases of the text: the evidence span and the sentence around it. */
    private static final class Facts {
        private final String text;
        private final List<Fact> list = new ArrayList<>();

        Facts(String text) {
            this.text = text;
        }

        void add(Fact fact) {
            list.add(fact);
        }

        Provenance at(String phrase, String extractor, double confidence) {
            int start = text.indexOf(phrase);
            if (start < 0) {
                throw new IllegalArgumentException("phrase not in the sample text: " + phrase);
            }
            CharSpan evidence = new CharSpan(start, start + phrase.length());
            int sentenceStart = text.lastIndexOf(". ", start) < 0 ? 0 : text.lastIndexOf(". ", start) + 2;
            int sentenceEnd = text.indexOf(". ", evidence.end());
            CharSpan sentence = new CharSpan(sentenceStart, sentenceEnd < 0 ? text.length() : sentenceEnd + 1);
            return new Provenance(sentence.of(text), sentence, evidence, extractor, confidence);
        }

        /** Evidence read from the title: offsets refer to the title, which is its own sentence. */
        static Provenance inTitle(String title, String phrase, String extractor, double confidence) {
            int start = title.indexOf(phrase);
            if (start < 0) {
                throw new IllegalArgumentException("phrase not in the sample title: " + phrase);
            }
            return new Provenance(title, new CharSpan(0, title.length()), new CharSpan(start, start + phrase.length()),
                    extractor, confidence).asTitle();
        }
    }
}
