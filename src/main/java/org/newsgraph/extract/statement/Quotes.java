package org.newsgraph.extract.statement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.nlp.Sentence;

/** The words a sentence quotes: the longest passage between double quotation marks. */
final class Quotes {
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”]{3,})[\"”]");

    private Quotes() {
    }

    static String inSentence(Sentence sentence) {
        Matcher matcher = QUOTED.matcher(sentence.text());
        String longest = null;
        while (matcher.find()) {
            String quote = matcher.group(1).strip().replaceAll("[,.]$", "");
            if (longest == null || quote.length() > longest.length()) {
                longest = quote;
            }
        }
        return longest;
    }
}
