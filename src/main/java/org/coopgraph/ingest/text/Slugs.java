package org.coopgraph.ingest.text;

/** Readable ids: "Kaspersky Lab" -> "kaspersky-lab", accents folded. */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String s) {
        String k = Normalise.key(s);
        return k.isEmpty() ? "x" : k.replace(' ', '-');
    }
}
