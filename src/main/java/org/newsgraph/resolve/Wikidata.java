package org.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Wikidata QIDs of countries (by ISO alpha-3 code) and of the international organisations a packaged, citable data set
 * lists (wikidata.tsv, copied from @ideditor/country-coder's borders.json); no QID is made up.
 */
public final class Wikidata {
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    private static final Map<String, String> QIDS = load();

    private Wikidata() {
    }

    /** The QID of a country code or an organisation's name, or null. */
    public static String qid(String key) {
        return QIDS.get(key);
    }

    public static int size() {
        return QIDS.size();
    }

    private static Map<String, String> load() {
        Map<String, String> qids = new TreeMap<>();
        try (InputStream in = Wikidata.class.getResourceAsStream("wikidata.tsv")) {
            if (in == null) {
                throw new IllegalStateException("wikidata.tsv is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    qids.put(columns[0], columns[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return qids;
    }
}
