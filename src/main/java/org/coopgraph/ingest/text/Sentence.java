package org.coopgraph.ingest.text;

/** A sentence of a body: its offsets and its text (body.substring(start, end)). */
public record Sentence(int index, int start, int end, String text) {
}
