package org.newsgraph.resolve;

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
        TsvResource.rows("wikidata.tsv").forEach(columns -> qids.put(columns[0], columns[1]));
        return qids;
    }
}
