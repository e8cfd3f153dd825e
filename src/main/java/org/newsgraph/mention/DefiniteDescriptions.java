package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.model.TokenSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * "the embassy", "the network": a definite description that names an organisation's kind refers back to the
 * organisation named before it. Each becomes a mention of that organisation, so that every extractor sees
 * "Raab urged the embassy" as urging the "US Embassy in London" of an earlier sentence.
 */
public final class DefiniteDescriptions {
    /** Kinds of organisation a name usually carries ("US Embassy in London", "Ministry of Defence"). */
    private static final Set<String> NAMED_KINDS = Set.of("embassy", "ministry", "agency", "commission", "committee",
            "council", "court", "department", "office", "party", "union", "alliance", "bank", "fund");
    /** Kinds of business, which refer back to the last company named ("ABS-CBN Corporation" ... "the network"). */
    private static final Set<String> BUSINESS_KINDS = Set.of("company", "network", "broadcaster", "firm", "corporation",
            "newspaper", "channel", "station");
    private static final Set<String> BUSINESS_HEADS = Set.of("corporation", "corp", "corp.", "company", "co", "co.",
            "inc", "inc.", "ltd", "ltd.", "network", "group", "broadcasting", "media", "holdings", "plc");
    /** How many sentences back a business is looked for. */
    private static final int BUSINESS_WINDOW = 4;

    private DefiniteDescriptions() {
    }

    public static List<SentenceMentions> link(List<SentenceMentions> sentences) {
        List<SentenceMentions> out = new ArrayList<>(sentences);
        for (int s = 0; s < out.size(); s++) {
            SentenceMentions sm = out.get(s);
            List<Token> tokens = sm.sentence().tokens();
            List<Mention> added = new ArrayList<>();
            for (int i = 1; i < tokens.size(); i++) {
                String noun = Words.lower(tokens.get(i));
                boolean named = NAMED_KINDS.contains(noun);
                if (!(named || BUSINESS_KINDS.contains(noun)) || !Words.lower(tokens.get(i - 1)).equals("the")
                        || !isHead(tokens, i) || covered(sm, i) || startsName(tokens, i + 1)) {
                    continue;
                }
                Mention antecedent = named ? lastNamed(out, s, i, noun) : lastBusiness(out, s, i);
                if (antecedent != null) {
                    Sentence sentence = sm.sentence();
                    TokenSpan span = new TokenSpan(i - 1, i + 1);
                    added.add(new Mention(MentionType.ORGANISATION, span, sentence.text(span), antecedent.entity(),
                            antecedent.country(), null));
                }
            }
            if (!added.isEmpty()) {
                List<Mention> all = new ArrayList<>(sm.mentions());
                all.addAll(added);
                all.sort(java.util.Comparator.comparingInt(Mention::start));
                out.set(s, new SentenceMentions(sm.sentence(), all));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The noun ends its phrase ("the embassy declined", where the tagger may call it an adjective, or "the
     * network's franchise"): "the embassy staff" is no description of the embassy.
     */
    private static boolean isHead(List<Token> tokens, int i) {
        String tag = tokens.get(i).tag();
        boolean nextIsNoun = i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("NOUN") && !Words.isPossessive(tokens.get(i + 1));
        return (tag.equals("NOUN") || tag.equals("ADJ")) && !nextIsNoun;
    }

    /** "the embassy of Japan", "the network's Manila office": only a description that ends here is one. */
    private static boolean startsName(List<Token> tokens, int i) {
        if (i < tokens.size() && Words.lower(tokens.get(i)).equals("of")) {
            int next = Words.skipDeterminers(tokens, i + 1);
            return next < tokens.size() && tokens.get(next).isCapitalised();
        }
        return i < tokens.size() && tokens.get(i).tag().equals("PROPN");
    }

    private static boolean covered(SentenceMentions sm, int token) {
        return sm.mentions().stream().anyMatch(m -> m.start() <= token && token < m.end());
    }

    /** The last organisation before the description whose name has the noun: "the embassy" / "US Embassy in London". */
    private static Mention lastNamed(List<SentenceMentions> sentences, int s, int before, String noun) {
        for (int k = s; k >= 0; k--) {
            List<Mention> mentions = sentences.get(k).mentions();
            for (int m = mentions.size() - 1; m >= 0; m--) {
                Mention mention = mentions.get(m);
                if ((k < s || mention.end() <= before) && mention.type() == MentionType.ORGANISATION
                        && mention.entity().key().toLowerCase(Locale.ROOT).contains(noun)) {
                    return mention;
                }
            }
        }
        return null;
    }

    /** The last company named in the few sentences before: an organisation whose name ends in a business head. */
    private static Mention lastBusiness(List<SentenceMentions> sentences, int s, int before) {
        for (int k = s; k >= 0 && s - k <= BUSINESS_WINDOW; k--) {
            List<Mention> mentions = sentences.get(k).mentions();
            for (int m = mentions.size() - 1; m >= 0; m--) {
                Mention mention = mentions.get(m);
                if ((k < s || mention.end() <= before) && mention.type() == MentionType.ORGANISATION && isBusiness(mention)) {
                    return mention;
                }
            }
        }
        return null;
    }

    private static boolean isBusiness(Mention mention) {
        String[] words = mention.entity().key().toLowerCase(Locale.ROOT).split("\\s+");
        return BUSINESS_HEADS.contains(words[words.length - 1]);
    }
}
