package org.newsgraph.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes the store's terms are written with: the exports' {@code @prefix} lines and JSON-LD
 * {@code @context}, and the SPARQL console's PREFIX lines. The instance IRIs get {@code id:}.
 */
public final class Prefixes {
    private static final Map<String, String> PREFIXES = ordered();

    private Prefixes() {
    }

    private static Map<String, String> ordered() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("ng", NG.NS);
        prefixes.put("id", NG.ID);
        prefixes.put("org", "http://www.w3.org/ns/org#");
        prefixes.put("prov", "http://www.w3.org/ns/prov#");
        prefixes.put("rdf", RDF.getURI());
        prefixes.put("rdfs", RDFS.getURI());
        prefixes.put("xsd", XSD.getURI());
        return prefixes;
    }

    /** prefix -> namespace, in a fixed order. */
    public static Map<String, String> all() {
        return PREFIXES;
    }

    /** A new prefix map with them, for RIOT's writers. */
    public static PrefixMap prefixMap() {
        PrefixMap map = PrefixMapFactory.create();
        PREFIXES.forEach(map::add);
        return map;
    }

    /** The SPARQL prologue: one {@code PREFIX p: <ns>} line each. */
    public static String sparql() {
        return PREFIXES.entrySet().stream().map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">")
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
