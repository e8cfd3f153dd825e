package org.newsgraph.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.newsgraph.rdf.NG;

/**
 * Short ids for nodes and facts that every format accepts as is (an XML NMTOKEN, a quoted DOT id): the
 * local name of our own IRIs ("country-RUS", "person-vladimir-putin"), a hash of any other IRI.
 */
final class NodeIds {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

    private NodeIds() {
    }

    static String of(String iri) {
        if (iri.startsWith(NG.ID)) {
            String local = iri.substring(NG.ID.length());
            if (SAFE.matcher(local).matches()) {
                return local;
            }
        }
        return "n-" + hash(iri);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
