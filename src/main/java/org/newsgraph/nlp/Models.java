package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/** The Apache OpenNLP English UD models from Maven Central, loaded once from the class path and shared. */
public final class Models {
    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static volatile Models shared;

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel pos;
    final LemmatizerModel lemmas;

    private Models() throws IOException {
        sentences = new SentenceModel(open(SENTENCES));
        tokens = new TokenizerModel(open(TOKENS));
        pos = new POSModel(open(POS));
        lemmas = new LemmatizerModel(open(LEMMAS));
    }

    public TokenizerModel tokenizerModel() {
        return tokens;
    }

    /** The models, loaded on first use. */
    public static Models get() {
        Models models = shared;
        if (models == null) {
            synchronized (Models.class) {
                models = shared;
                if (models == null) {
                    try {
                        shared = models = new Models();
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot load the OpenNLP models from the class path: " + e.getMessage()
                                + " (are the opennlp-models-*-en jars on the class path?)", e);
                    }
                }
            }
        }
        return models;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Models.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " not found");
        }
        return in;
    }
}
