package org.coopgraph.export;

import org.coopgraph.store.Graph;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A graph as one comparable document: the JSON dump of all of it without the header's timestamp.
 * Two graphs with the same releases, entities, facts (with all their provenance) and mentions give
 * the same text, whatever their creation times; the digest compares big graphs without holding them.
 */
public final class CanonicalGraph {

    private CanonicalGraph() {
    }

    public static String text(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(graph, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The SHA-256 of {@link #text}, in hex, streamed. */
    public static String sha256(Graph graph) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            write(graph, new DigestOutputStream(OutputStream.nullOutputStream(), md));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Graph graph, OutputStream out) {
        new JsonDump(new GraphReader(graph)).write(Selection.all(), null, out);
    }
}
