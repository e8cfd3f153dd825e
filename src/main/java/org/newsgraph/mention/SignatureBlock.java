package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.newsgraph.model.Entity;
import org.newsgraph.model.TokenSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The signatures an article that is a signed document ends with: a "Signed at Kuala Lumpur on ..." line or
 * a run of lines without a verb (names and posts), up to "Witnessed by".
 */
public record SignatureBlock(SentenceMentions signedAt, List<SentenceMentions> lines) {
    private static final Pattern SIGNED_AT = Pattern.compile("(Signed|Done|SIGNED|DONE) (at|in) ");

    public SignatureBlock {
        lines = List.copyOf(lines);
    }

    /** The block at the end of the article, or null when its last line is running text. */
    public static SignatureBlock of(List<SentenceMentions> sentences) {
        int start = sentences.size();
        SentenceMentions signedAt = null;
        for (int k = sentences.size() - 1; k >= 0; k--) {
            Sentence sentence = sentences.get(k).sentence();
            if (SIGNED_AT.matcher(sentence.text()).lookingAt()) {
                signedAt = sentences.get(k);
                start = k + 1;
                break;
            }
            if (sentence.tokens().stream().anyMatch(t -> t.tag().equals("VERB")) && !sentence.text().startsWith("Witnessed")) {
                start = k + 1;
                break;
            }
        }
        List<SentenceMentions> lines = new ArrayList<>();
        for (int k = start; k < sentences.size(); k++) {
            if (sentences.get(k).sentence().text().startsWith("Witnessed")) {
                break;
            }
            lines.add(sentences.get(k));
        }
        return lines.isEmpty() ? null : new SignatureBlock(signedAt, lines);
    }

    /** The persons who sign, by their mentions. */
    public List<Mention> signers() {
        List<Mention> signers = new ArrayList<>();
        for (SentenceMentions line : lines) {
            for (Mention m : line.mentions()) {
                if (m.type() == MentionType.PERSON && m.text().contains(" ")) {
                    signers.add(m);
                }
            }
        }
        return signers;
    }

    /**
     * "Hun Manet Anutin Charnvirakul" over "Prime Minister of ...   Prime Minister of ...": a document signed
     * in two columns loses its layout when flattened to text, and the two names run into one. A name line of
     * four words or more whose next line holds two posts names two persons; it is cut where both halves can
     * be names ("Anwar Ibrahim | Donald J. Trump": a name neither starts nor ends with an initial), nearest the middle.
     */
    public static List<SentenceMentions> splitColumns(List<SentenceMentions> sentences) {
        List<SentenceMentions> out = new ArrayList<>(sentences);
        for (int k = 0; k + 1 < out.size(); k++) {
            SentenceMentions line = out.get(k);
            Sentence sentence = line.sentence();
            long posts = out.get(k + 1).mentions().stream().filter(m -> m.type() == MentionType.ROLE).count();
            if (line.mentions().size() != 1 || line.mentions().get(0).type() != MentionType.PERSON
                    || line.mentions().get(0).tokens().length() != sentence.size() || sentence.size() < 4 || posts != 2) {
                continue;
            }
            int cut = columnCut(sentence.tokens());
            if (cut > 0) {
                out.set(k, new SentenceMentions(sentence, List.of(person(sentence, 0, cut), person(sentence, cut, sentence.size()))));
            }
        }
        return List.copyOf(out);
    }

    private static int columnCut(List<Token> tokens) {
        int best = -1;
        for (int cut = 2; cut <= tokens.size() - 2; cut++) {
            // a name starts with no initial, suffix or regnal number, and ends with no initial
            String first = tokens.get(cut).text();
            boolean nameStart = !MentionFinder.INITIAL.matcher(first).matches() && !MentionFinder.SUFFIX_OR_REGNAL.matcher(first).matches()
                    && !MentionFinder.INITIAL.matcher(tokens.get(cut - 1).text()).matches();
            if (nameStart && (best < 0 || Math.abs(2 * cut - tokens.size()) < Math.abs(2 * best - tokens.size()))) {
                best = cut;
            }
        }
        return best;
    }

    private static Mention person(Sentence sentence, int start, int end) {
        TokenSpan span = new TokenSpan(start, end);
        String name = sentence.text(span);
        return new Mention(MentionType.PERSON, span, name, Entity.person(name), null, null);
    }
}
