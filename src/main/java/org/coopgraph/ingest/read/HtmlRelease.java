package org.coopgraph.ingest.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/** Reads an HTML release: title, date, language, source and the main text as paragraphs. */
final class HtmlRelease {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "div", "section", "article", "main", "blockquote", "pre", "figcaption", "figure", "dt", "dd", "dl",
            "table", "tr", "td", "th", "address", "hr", "header");
    private static final String REMOVED = "nav, header, footer, script, style, aside, form, noscript, template, iframe, svg, button";

    record Parts(String title, String date, String language, String source, String body) {
    }

    private HtmlRelease() {
    }

    static Parts read(byte[] content) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(content), "UTF-8", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Element container = doc.selectFirst("main");
        if (container == null) {
            container = doc.selectFirst("article");
        }
        if (container == null) {
            container = doc.body();
        }
        String title = null;
        Element h1 = container.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text().strip();
        } else if (!doc.title().isBlank()) {
            title = doc.title().strip();
        } else if ((h1 = doc.selectFirst("h1")) != null && !h1.text().isBlank()) {
            title = h1.text().strip();
        }
        String date = null;
        Element time = doc.selectFirst("time[datetime]");
        if (time != null) {
            date = isoPrefix(time.attr("datetime"));
        }
        if (date == null) {
            for (String sel : new String[] {"meta[property=article:published_time]", "meta[name=date]",
                    "meta[name=dcterms.date]", "meta[name=DC.date]", "meta[itemprop=datePublished]"}) {
                Element m = doc.selectFirst(sel);
                if (m != null && (date = isoPrefix(m.attr("content"))) != null) {
                    break;
                }
            }
        }
        String language = null;
        Element html = doc.selectFirst("html");
        if (html != null) {
            String lang = html.attr("lang").toLowerCase(Locale.ROOT);
            if (lang.startsWith("en") || lang.startsWith("fr")) {
                language = lang.substring(0, 2);
            }
        }
        String source = null;
        Element canonical = doc.selectFirst("link[rel=canonical]");
        if (canonical != null && !canonical.attr("href").isBlank()) {
            source = canonical.attr("href").strip();
        } else {
            Element og = doc.selectFirst("meta[property=og:url]");
            if (og != null && !og.attr("content").isBlank()) {
                source = og.attr("content").strip();
            }
        }
        Element copy = container.clone();
        copy.select(REMOVED).remove();
        return new Parts(title, date, language, source, text(copy));
    }

    private static String isoPrefix(String v) {
        if (v == null) {
            return null;
        }
        String t = v.strip();
        if (t.length() >= 10 && t.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")
                && org.coopgraph.ingest.text.Dates.iso(t.substring(0, 10)) != null) {
            return t.substring(0, 10);
        }
        return null;
    }

    /** Block elements become paragraphs separated by a blank line; br becomes a line break. */
    static String text(Element root) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("[ \\t\\r\\n\\u00A0]+", " ");
                    if (b.length() == 0 || b.charAt(b.length() - 1) == '\n') {
                        s = s.stripLeading();
                    } else if (b.charAt(b.length() - 1) == ' ' && s.startsWith(" ")) {
                        s = s.substring(1);
                    }
                    b.append(s);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        trimEnd(b);
                        b.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        paragraph(b);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraph(b);
                }
            }
        }, root);
        return b.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void trimEnd(StringBuilder b) {
        while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
            b.setLength(b.length() - 1);
        }
    }

    private static void paragraph(StringBuilder b) {
        trimEnd(b);
        if (b.length() == 0) {
            return;
        }
        if (b.charAt(b.length() - 1) != '\n') {
            b.append("\n\n");
        } else if (b.length() < 2 || b.charAt(b.length() - 2) != '\n') {
            b.append('\n');
        }
    }
}
