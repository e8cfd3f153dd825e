package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.nlp.Sentence;

/**
 * The signatures an article that is a signed document ends with: a "Signed at Kuala Lumpur on ..." line or
 * a run of lines without a verb (names and posts), up to "Witnessed by".
 */
public record SignatureBlock(SentenceMentions signedAt, List<SentenceMentions> lines) {
    public SignatureBlock {
        lines = List.copyOf(lines);
    }

    /** The block at the end of the article, or null when its last line is running text. */
    public static SignatureBlock of(List<SentenceMentions> sentences) {
        int start = sentences.size();
        SentenceMentions signedAt = null;
        for (int k = sentences.size() - 1; k >= 0; k--) {
            Sentence sentence = sentences.get(k).sentence();
            if (sentence.text().matches("(?s)(Signed|Done|SIGNED|DONE) (at|in) .*")) {
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
}
