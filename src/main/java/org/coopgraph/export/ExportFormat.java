package org.coopgraph.export;

import java.util.Arrays;
import java.util.Locale;

/** The export formats, with the media type and file extension of each. */
public enum ExportFormat {
    GRAPHML("application/graphml+xml; charset=utf-8", "graphml"),
    CSV("text/csv; charset=utf-8", "csv"),
    JSON("application/json; charset=utf-8", "json");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Reads a format from its name, case-insensitively; null when it is not one. */
    public static ExportFormat parse(String name) {
        if (name == null) {
            return null;
        }
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.trim())) {
                return f;
            }
        }
        return null;
    }

    public static String names() {
        return String.join("|", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
}
