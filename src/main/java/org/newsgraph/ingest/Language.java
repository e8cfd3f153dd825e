package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language a text is written in. English news is recognised cheaply by its function words ("the", "of",
 * "said" ...: about a third of its words); only a text that fails that test is given to Apache OpenNLP's language
 * detector (103 languages, from Maven Central's opennlp-models-langdetect, loaded on first use), which names it.
 */
public final class Language {
    /** English function words, the most frequent words of any English news text. */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on",
            "with", "as", "was", "by", "said", "it", "at", "from", "his", "her", "he", "she", "has", "have", "are", "be",
            "were", "an", "will", "not", "this", "which", "their", "its", "after", "who", "but", "or", "had", "been",
            "they", "we", "would", "also", "than", "there", "about", "into", "more", "new");
    /** Below this share of English function words a text is not taken for English without asking the detector. */
    private static final double ENGLISH_SHARE = 0.15;
    /** Texts with fewer words say too little to tell. */
    private static final int MIN_WORDS = 25;
    /** How sure the detector must be before a text is taken for another language than English. */
    private static final double MIN_CONFIDENCE = 0.5;
    /** The detector reads no more than this much of a text. */
    private static final int SAMPLE = 3000;
    private static final String MODEL = "/langdetect-183.bin";
    private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();
    private static volatile LanguageDetectorModel model;

    static {
        for (String code : Locale.getISOLanguages()) {
            try {
                ISO3_TO_ISO1.putIfAbsent(Locale.forLanguageTag(code).getISO3Language(), code);
            } catch (java.util.MissingResourceException e) {
                // a code without a three-letter form is never a detector's answer
            }
        }
    }

    private Language() {
    }

    /** The text's ISO 639-1 code ("en", "fr"), or null when it is too short to tell. */
    public static String of(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int words = 0;
        int english = 0;
        for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (!word.isEmpty()) {
                words++;
                english += ENGLISH.contains(word) ? 1 : 0;
            }
        }
        if (words < MIN_WORDS) {
            return null; // a line of names ("Ruritanian Minister Rupert Hentzau met ...") reads as Latin to the detector
        }
        if (english >= ENGLISH_SHARE * words) {
            return "en";
        }
        opennlp.tools.langdetect.Language best = new LanguageDetectorME(model()).predictLanguage(sample);
        if (best.getConfidence() < MIN_CONFIDENCE) {
            return null;
        }
        return ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
    }

    /** "fr" -> "French"; an unknown code is itself. */
    public static String name(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel loaded = model;
        if (loaded == null) {
            synchronized (Language.class) {
                loaded = model;
                if (loaded == null) {
                    try (InputStream in = Language.class.getResourceAsStream(MODEL)) {
                        if (in == null) {
                            throw new IOException("model " + MODEL + " not found");
                        }
                        model = loaded = new LanguageDetectorModel(in);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot load the OpenNLP language detector: " + e.getMessage()
                                + " (is opennlp-models-langdetect on the class path?)", e);
                    }
                }
            }
        }
        return loaded;
    }
}
