package org.coopgraph.ingest.read;

import org.coopgraph.ingest.InvalidReleaseException;
import org.coopgraph.Hashes;
import org.coopgraph.ingest.ReleaseDocument;
import org.coopgraph.ingest.text.Dates;
import org.coopgraph.ingest.text.Language;
import org.coopgraph.model.ReleaseMeta;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a release file (.txt, .md, .html, .htm) into a {@link ReleaseDocument}: header or
 * detected metadata, and the body that evidence offsets point into. Stateless and thread-safe.
 */
public final class ReleaseReader {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** How far into the body a date is looked for when no header gives one. */
    static final int DATE_WINDOW = 400;

    /** Reads {@code content}; the extension of {@code name} decides the format. */
    public ReleaseDocument read(String name, byte[] content) {
        if (name == null || !supports(name)) {
            throw new InvalidReleaseException("unsupported file type: '" + name + "' (expected .txt, .md, .html or .htm)");
        }
        if (content == null || content.length == 0) {
            throw new InvalidReleaseException("empty body");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidReleaseException("too large: " + content.length + " bytes (at most " + MAX_BYTES + ")");
        }
        for (byte b : content) {
            if (b == 0) {
                throw new InvalidReleaseException("not UTF-8 text (binary content)");
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") ? readHtml(content) : readText(content);
    }

    public static boolean supports(String fileName) {
        if (fileName == null) {
            return false;
        }
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".html") || n.endsWith(".htm");
    }

    private ReleaseDocument readText(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        TextRelease.Parts parts = TextRelease.split(text);
        Map<String, String> h = parts.header();
        String body = parts.body();
        if (body.isBlank()) {
            throw new InvalidReleaseException("empty body");
        }
        String date = TextRelease.headerDate(h.get("date"));
        String language = TextRelease.headerLanguage(h.get("language"));
        String title = blankToNull(h.get("title"));
        if (title == null) {
            title = TextRelease.firstLine(body);
        }
        if (date == null) {
            date = Dates.first(body, DATE_WINDOW).orElse(null);
        }
        if (language == null) {
            language = Language.detect(body);
        }
        return document(blankToNull(h.get("id")), title, date, language, blankToNull(h.get("source")), body);
    }

    private ReleaseDocument readHtml(byte[] content) {
        decode(content);
        HtmlRelease.Parts p = HtmlRelease.read(content);
        String body = p.body();
        if (body.isBlank()) {
            throw new InvalidReleaseException("empty body");
        }
        String date = p.date() != null ? p.date() : Dates.first(body, DATE_WINDOW).orElse(null);
        String language = p.language() != null ? p.language() : Language.detect(body);
        String title = p.title() != null ? p.title() : TextRelease.firstLine(body);
        return document(null, title, date, language, p.source(), body);
    }

    private static ReleaseDocument document(String id, String title, String date, String language, String source,
                                            String body) {
        String sha = Hashes.sha256(body);
        String rid = id != null ? id : "r-" + (source != null ? Hashes.sha256(source) : sha).substring(0, 12);
        return new ReleaseDocument(new ReleaseMeta(rid, title, date, language, source), body, sha);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidReleaseException("not UTF-8 text");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
