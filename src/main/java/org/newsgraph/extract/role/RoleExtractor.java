package org.newsgraph.extract.role;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.SentenceMentions;
import org.newsgraph.extract.Words;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.RoleFact;
import org.newsgraph.model.TokenSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Person–role–country from a post title and its neighbours: the owner before the title ("Russian
 * President", "Russia's Ambassador", "the DPRK leader") or after it ("... of Russia"), the person right after
 * the title ("President Vladimir Putin") or in apposition before it ("Sergei Lavrov, Russia's foreign
 * minister,"). "former" and "then-" mark posts no longer held.
 */
public final class RoleExtractor implements Extractor {
    static final String NAME = "role-pattern";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Fact> extract(ArticleContext context) {
        List<Fact> facts = new ArrayList<>();
        Entity defaultCountry = SourceCountry.of(context);
        for (SentenceMentions sentence : context.mentions()) {
            List<Mention> mentions = sentence.mentions();
            for (int k = 0; k < mentions.size(); k++) {
                if (mentions.get(k).type() == MentionType.ROLE) {
                    RoleFact fact = read(context, sentence, k, defaultCountry);
                    if (fact != null) {
                        facts.add(fact);
                    }
                }
            }
        }
        return facts;
    }

    private RoleFact read(ArticleContext context, SentenceMentions sm, int k, Entity defaultCountry) {
        Sentence sentence = sm.sentence();
        List<Mention> mentions = sm.mentions();
        Mention role = mentions.get(k);
        List<Token> tokens = sentence.tokens();

        // the owner before the title: "Russian President", "Russia's Ambassador", "a senior DPRK military official"
        Mention owner = null;
        int prefixStart = role.start();
        int j = role.start() - 1;
        while (j >= 0 && (tokens.get(j).tag().equals("ADJ") && !isOwnerAt(mentions, j)) && role.start() - j <= 2) {
            j--;
        }
        if (j >= 0 && Words.isPossessive(tokens.get(j))) {
            j--;
        }
        Mention before = endingAt(mentions, j + 1);
        if (before != null && isOwner(before)) {
            owner = before;
            prefixStart = before.start();
        }
        boolean current = !formerBefore(tokens, prefixStart);

        // after the title: "to the DPRK" (posted to), "of Russia" (owner)
        int after = role.end();
        Entity postedTo = null;
        if (after + 1 < tokens.size() && Words.lower(tokens.get(after)).equals("to")) {
            Mention host = startingAt(mentions, skipDeterminers(tokens, after + 1));
            if (host != null && isCountry(host)) {
                postedTo = host.entity();
                after = host.end();
            }
        }
        if (owner == null && after + 1 < tokens.size() && Words.lower(tokens.get(after)).equals("of")) {
            Mention of = startingAt(mentions, skipDeterminers(tokens, after + 1));
            if (of != null && isOwner(of)) {
                owner = of;
                after = of.end();
            }
        }

        // the person: right after the title, or in apposition before it
        Mention person = null;
        double confidence = 0.9;
        int next = after < tokens.size() && tokens.get(after).text().equals(",") ? after + 1 : after;
        Mention right = startingAt(mentions, next);
        if (right != null && right.type() == MentionType.PERSON && (next == after || closesApposition(tokens, right.end()))) {
            person = right;
            // "President Vladimir Putin of Russia"
            if (owner == null && right.end() + 1 < tokens.size() && Words.lower(tokens.get(right.end())).equals("of")) {
                Mention of = startingAt(mentions, skipDeterminers(tokens, right.end() + 1));
                if (of != null && isOwner(of)) {
                    owner = of;
                }
            }
        } else {
            person = appositionBefore(tokens, mentions, prefixStart);
            confidence = 0.8;
        }
        if (person == null) {
            return null;
        }
        Entity personEntity = context.resolver().entity(person);
        if (personEntity == null || personEntity.kind() != EntityKind.PERSON) {
            return null;
        }
        Entity country = owner == null ? null : ownerEntity(owner);
        if (country == null) {
            country = defaultCountry;
            confidence = 0.5;
        }
        if (country == null) {
            return null;
        }
        int from = Math.min(prefixStart, person.start());
        int to = Math.max(role.end(), person.end());
        CharSpan evidence = sentence.charSpan(new TokenSpan(from, to));
        Provenance provenance = new Provenance(sentence.text(), sentence.span(), evidence, NAME, confidence);
        return new RoleFact(personEntity, role.roleLabel(), country, postedTo, current, provenance);
    }

    /** "Pak Jong Chon, a senior DPRK military official" / "Sergei Lavrov, the foreign minister of Russia". */
    private static Mention appositionBefore(List<Token> tokens, List<Mention> mentions, int prefixStart) {
        int j = prefixStart - 1;
        while (j >= 0 && (tokens.get(j).tag().equals("DET") || tokens.get(j).tag().equals("ADJ"))) {
            j--;
        }
        if (j < 1 || !tokens.get(j).text().equals(",")) {
            return null;
        }
        Mention person = endingAt(mentions, j);
        return person != null && person.type() == MentionType.PERSON ? person : null;
    }

    /** An apposition after a title ends at a comma, the end of the sentence, or a verb. */
    private static boolean closesApposition(List<Token> tokens, int end) {
        return end >= tokens.size() || Words.isPunctuation(tokens.get(end)) || Words.isVerb(tokens.get(end));
    }

    private static boolean formerBefore(List<Token> tokens, int start) {
        for (int i = Math.max(0, start - 2); i < start; i++) {
            String word = Words.lower(tokens.get(i));
            if (Words.FORMER.contains(word) || word.startsWith("then-") || word.startsWith("ex-")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOwnerAt(List<Mention> mentions, int token) {
        Mention m = endingAt(mentions, token + 1);
        return m != null && isOwner(m);
    }

    private static boolean isOwner(Mention m) {
        return m.type() == MentionType.COUNTRY || m.type() == MentionType.DEMONYM || m.type() == MentionType.SEAT
                || m.type() == MentionType.ORGANISATION;
    }

    private static boolean isCountry(Mention m) {
        return m.type() == MentionType.COUNTRY || m.type() == MentionType.DEMONYM || m.type() == MentionType.SEAT;
    }

    /** A post in a government body belongs to the body's country; in an international body, to the body. */
    private static Entity ownerEntity(Mention owner) {
        if (owner.type() == MentionType.ORGANISATION) {
            return owner.country() != null ? owner.country() : owner.entity();
        }
        return owner.entity();
    }

    private static int skipDeterminers(List<Token> tokens, int i) {
        while (i < tokens.size() && tokens.get(i).tag().equals("DET")) {
            i++;
        }
        return i;
    }

    static Mention startingAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.start() == token) {
                return m;
            }
        }
        return null;
    }

    static Mention endingAt(List<Mention> mentions, int end) {
        for (Mention m : mentions) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }
}
