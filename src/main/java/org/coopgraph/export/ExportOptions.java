package org.coopgraph.export;

/**
 * What to export: the whole graph ({@code around} null) or the entities within {@code depth} fact
 * hops of {@code around}; and whether GraphML and CSV carry the releases' MENTIONS edges (the JSON
 * dump always does, being complete).
 */
public record ExportOptions(String around, int depth, boolean mentions) {

    public static final int DEFAULT_DEPTH = 1;
    public static final int MAX_DEPTH = 3;

    public ExportOptions {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH);
        }
    }

    public static ExportOptions wholeGraph() {
        return new ExportOptions(null, DEFAULT_DEPTH, false);
    }

    public ExportOptions withMentions(boolean withMentions) {
        return new ExportOptions(around, depth, withMentions);
    }
}
