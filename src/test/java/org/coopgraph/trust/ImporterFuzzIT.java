package org.coopgraph.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coopgraph.ingest.ImportOutcome;
import org.coopgraph.ingest.Importer;
import org.coopgraph.ingest.ReleaseFiles;
import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Garbage in, and still a sound graph out: {@link Importer#importBytes} is fed generated inputs
 * (a fixed seed, so a failure repeats; {@code -Dfuzz.seed=N} explores others) and every outcome
 * must be a refusal with a message an analyst can act on, leaving the graph exactly as it was, or
 * a whole import: the release, a MENTIONS edge to each entity it named, and each fact it asserted
 * with one entry of its own in every provenance list. Nothing may escape as an exception.
 */
@WithNeo4j
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImporterFuzzIT {

    static final long SEED = Long.getLong("fuzz.seed", 20_240_607L);
    static final Path CORPUS = Path.of("src/test/resources/releases");
    static final Path BUNDLE = Path.of("src/test/resources/bundles/igci-units-2015.json");
    /** No single input may hold the importer longer than this (the extractor has been quadratic). */
    static final long MAX_MILLIS_PER_INPUT = 60_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    enum Expect { REFUSED, IMPORTED, EITHER }

    /** One generated input, what it must give, and a word the refusal must contain (any case). */
    record Case(String label, String name, byte[] bytes, Expect expect, String says) {
        static Case refused(String label, String name, byte[] bytes, String says) {
            return new Case(label, name, bytes, Expect.REFUSED, says);
        }

        static Case imported(String label, String name, byte[] bytes) {
            return new Case(label, name, bytes, Expect.IMPORTED, null);
        }

        static Case either(String label, String name, byte[] bytes) {
            return new Case(label, name, bytes, Expect.EITHER, null);
        }
    }

    private final TestGraph graph;
    private final TestApi api;

    ImporterFuzzIT(TestGraph graph, TestApi api) {
        this.graph = graph;
        this.api = api;
    }

    @BeforeEach
    void demoDataOnly() {
        graph.reset();
    }

    @AfterAll
    void leaveTheDemoData() {
        graph.reset();
    }

    @Test
    void handWrittenGarbageIsRefusedClearlyOrImportedWhole() {
        List<String> problems = run(handWritten());
        assertThat(problems).as("seed " + SEED).isEmpty();
    }

    @Test
    void generatedGarbageIsRefusedClearlyOrImportedWhole() throws IOException {
        List<String> problems = run(generated(new Random(SEED)));
        assertThat(problems).as("seed " + SEED + "; rerun with -Dfuzz.seed=" + SEED).isEmpty();
    }

    @Test
    void aBundleMayNotRetypeAnEntityTheGraphHolds() {
        String before = typeAndLabels("interpol");
        Importer.Result r = graph.importer().importBytes("retype.json", bundle("Retype",
                "{\"id\": \"interpol\", \"type\": \"Person\", \"name\": \"Interpol the person\"}", ""), false);
        assertThat(r.outcome().status()).isEqualTo(ImportOutcome.Status.REFUSED);
        assertThat(r.outcome().message()).contains("interpol").contains("Organisation").contains("Person");
        assertThat(typeAndLabels("interpol")).isEqualTo(before);

        Importer.Result upgrade = graph.importer().importBytes("centre.json", bundle("Upgrade",
                "{\"id\": \"kaspersky-lab\", \"type\": \"Centre\", \"name\": \"Kaspersky Lab\"}", ""), false);
        assertThat(upgrade.outcome().status()).as("an organisation may turn out to be a centre")
                .isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(typeAndLabels("kaspersky-lab")).isEqualTo("Centre [Centre, Entity, Organisation]");
        assertThat(Invariants.ofGraph(graph.graph())).isEmpty();
    }

    @Test
    void aReleaseWithAScriptTagIsStoredVerbatimAndServedAsJsonText() {
        String script = "<script>alert(1)</script>";
        String text = "title: Europol and a script " + script + "\nlanguage: en\ndate: 2020-02-03\n\n"
                + "THE HAGUE – Europol will support the Joint Cybercrime Action Taskforce " + script
                + ", the agency said.\n<img src=x onerror=\"alert(2)\">\n";
        TestApi.Response posted = api.post("/api/releases", "text/plain; charset=utf-8", text, null);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String id = posted.json().get("id").asText();

        TestApi.Response got = api.get("/api/releases/" + id);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.contentType()).startsWith("application/json");
        JsonNode release = got.json();
        assertThat(release.get("text").isTextual()).isTrue();
        assertThat(release.get("text").asText()).contains("Taskforce " + script + ", the agency")
                .contains("<img src=x onerror=\"alert(2)\">");
        assertThat(release.get("release").get("title").asText()).endsWith(script);
        String stored = graph.graph().read(tx -> tx.run("MATCH (r:Release {id: $id}) RETURN r.text AS t",
                Map.of("id", id)).single().get("t").asString());
        assertThat(stored).as("stored verbatim").contains(script);
    }

    @Test
    void htmlScriptsAndEventHandlersNeverReachTheGraph() {
        String html = """
                <!DOCTYPE html><html lang="en"><head><title>Europol backs the JCAT</title>
                <script>alert('head')</script><meta name="date" content="2019-04-02"></head>
                <body onload="alert('load')"><main><h1 onclick="alert('h1')">Europol backs the JCAT</h1>
                <p onmouseover="alert('p')">THE HAGUE – Europol will support the Joint Cybercrime Action Taskforce,
                the agency said on Tuesday.</p><script>document.write('<p>Injected Corp will support Europol.</p>')</script>
                <img src="x" onerror="alert('img')"><a href="javascript:alert('a')">more</a>
                <iframe src="https://evil.example/"></iframe></main></body></html>""";
        Importer.Result r = graph.importer().importBytes("script.html", html.getBytes(StandardCharsets.UTF_8), false);
        assertThat(r.outcome().status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        String id = r.outcome().releaseId();
        assertThat(Invariants.ofRelease(graph.graph(), id, r.extraction())).isEmpty();
        Map<String, Object> stored = graph.graph().read(tx -> tx.run(
                "MATCH (r:Release {id: $id}) RETURN r.text AS text, r.title AS title", Map.of("id", id)).single().asMap());
        assertThat((String) stored.get("text")).contains("Europol will support the Joint Cybercrime Action Taskforce")
                .doesNotContain("alert(", "<script", "document.write", "Injected Corp", "javascript:", "onerror");
        assertThat(stored.get("title")).isEqualTo("Europol backs the JCAT");
        assertThat(graph.count("MATCH (n:Entity) WHERE n.name CONTAINS 'Injected' RETURN count(n)", Map.of())).isZero();
    }

    // ---- running the cases -----------------------------------------------------------------------

    private List<String> run(List<Case> cases) {
        List<String> problems = new ArrayList<>();
        Map<ImportOutcome.Status, Integer> tally = new java.util.EnumMap<>(ImportOutcome.Status.class);
        long slowest = 0;
        String slowestLabel = "";
        for (Case c : cases) {
            Map<String, Long> before = graph.counts();
            Importer.Result result;
            long t0 = System.nanoTime();
            try {
                result = graph.importer().importBytes(c.name(), c.bytes(), false);
            } catch (Throwable t) {
                problems.add(c.label() + ": " + t.getClass().getName() + " escaped: " + t.getMessage());
                graph.reset();
                continue;
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            if (millis > slowest) {
                slowest = millis;
                slowestLabel = c.label();
            }
            if (millis > MAX_MILLIS_PER_INPUT) {
                problems.add(c.label() + ": took " + millis + " ms");
            }
            ImportOutcome o = result.outcome();
            tally.merge(o.status(), 1, Integer::sum);
            if (o.status() == ImportOutcome.Status.REFUSED) {
                if (c.expect() == Expect.IMPORTED) {
                    problems.add(c.label() + ": refused (" + o.message() + ") but should import");
                }
                if (o.message() == null || o.message().isBlank()) {
                    problems.add(c.label() + ": refused without a message");
                } else if (o.message().contains("internal error")) {
                    // the importer's safety net caught a crash: refused, but the reader or extractor broke
                    problems.add(c.label() + ": the importer crashed on it (" + o.message() + ")");
                } else if (c.says() != null && !o.message().toLowerCase(Locale.ROOT).contains(c.says().toLowerCase(Locale.ROOT))) {
                    problems.add(c.label() + ": refused with '" + o.message() + "', which does not say '" + c.says() + "'");
                } else if (o.message().contains("\tat ") || o.message().length() > 600) {
                    problems.add(c.label() + ": refusal message unfit for an analyst: " + o.message());
                }
                Map<String, Long> after = graph.counts();
                if (!after.equals(before)) {
                    problems.add(c.label() + ": refused, yet the graph changed from " + before + " to " + after);
                }
                continue;
            }
            if (c.expect() == Expect.REFUSED) {
                problems.add(c.label() + ": " + o.status() + " but should be refused (saying '" + c.says() + "')");
            }
            if (o.status() != ImportOutcome.Status.UNCHANGED) {
                Invariants.ofRelease(graph.graph(), o.releaseId(), result.extraction())
                        .forEach(p -> problems.add(c.label() + ": " + p));
            } else if (graph.count("MATCH (r:Release {id: $id}) RETURN count(r)", Map.of("id", o.releaseId())) != 1) {
                problems.add(c.label() + ": unchanged, yet release " + o.releaseId() + " is not there");
            }
            Invariants.ofGraph(graph.graph()).forEach(p -> problems.add(c.label() + ": " + p));
        }
        System.out.printf("ImporterFuzzIT seed %d: %d inputs, %s; slowest %d ms (%s)%n", SEED, cases.size(), tally,
                slowest, slowestLabel);
        return problems;
    }

    // ---- the inputs ------------------------------------------------------------------------------

    private List<Case> handWritten() {
        List<Case> cases = new ArrayList<>();
        String header = "title: Fuzz release\nlanguage: en\ndate: 2016-03-04\n\n";
        String sentence = "Europol will support the Joint Cybercrime Action Taskforce in The Hague, the agency said. ";

        cases.add(Case.refused("empty", "empty.txt", new byte[0], "empty"));
        cases.add(Case.refused("blank", "blank.md", utf8(" \n\t\r\n  \n"), "empty"));
        cases.add(Case.refused("unsupported extension", "release.exe", utf8(header + sentence), "unsupported"));
        cases.add(Case.refused("no extension", "release", utf8(header + sentence), "unsupported"));
        byte[] cafe = utf8(header + "Le café de Zürich – " + sentence + "é");
        cases.add(Case.refused("truncated UTF-8 (cut inside é)", "cut.txt", Arrays.copyOf(cafe, cafe.length - 1), "UTF-8"));
        byte[] euro = utf8(header + sentence + "€");
        cases.add(Case.refused("truncated UTF-8 (cut inside €)", "cut.html", Arrays.copyOf(euro, euro.length - 2), "UTF-8"));
        byte[] emoji = utf8("{\"release\": {\"title\": \"🛡️ shield\"}}");
        cases.add(Case.refused("truncated UTF-8 in a bundle", "cut.json", Arrays.copyOf(emoji, 25), "UTF-8"));
        cases.add(Case.refused("overlong UTF-8", "overlong.txt", concat(utf8(header), new byte[]{(byte) 0xC0, (byte) 0xAF}), "UTF-8"));
        cases.add(Case.refused("UTF-16 surrogate in UTF-8", "cesu.txt",
                concat(utf8(header), new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "UTF-8"));
        cases.add(Case.refused("Latin-1", "latin1.txt", (header + "Société générale à Paris").getBytes(StandardCharsets.ISO_8859_1), "UTF-8"));

        String big = header + sentence.repeat(4 * 1024 * 1024 / sentence.length()).replace("\n", " ");
        cases.add(Case.refused("a 4 MB single line of sentences", "line.txt", utf8(big.substring(0, 4 * 1024 * 1024)), "characters"));
        String words = header + "Trend Micro Europol INTERPOL support Singapore Kaspersky Lab ".repeat(70_000);
        cases.add(Case.refused("a 4 MB single line without a full stop", "words.txt", utf8(words), "characters"));
        cases.add(Case.refused("a long run-on sentence", "runon.txt",
                utf8(header + "Trend Micro Europol INTERPOL support Singapore Kaspersky Lab ".repeat(2_000)), "sentence"));
        cases.add(Case.imported("a long release of normal sentences", "long.txt", utf8(header + sentence.repeat(400))));
        byte[] six = new byte[6 * 1024 * 1024];
        Arrays.fill(six, (byte) 'a');
        cases.add(Case.refused("a 6 MB file", "six.txt", six, "5 MB"));
        cases.add(Case.refused("a 6 MB bundle", "six.json", six, "5 MB"));

        cases.add(Case.refused("only a header", "header.txt", utf8(header), "empty"));
        cases.add(Case.refused("only a header, CRLF", "header-crlf.txt", utf8(header.replace("\n", "\r\n")), "empty"));
        cases.add(Case.either("a header without the blank line", "header-only.txt",
                utf8("title: Fuzz\nlanguage: en\ndate: 2016-03-04")));
        cases.add(Case.refused("unknown language", "de.txt", utf8("title: Fuzz\nlanguage: de\n\n" + sentence), "language"));
        cases.add(Case.refused("language as a script", "lang.txt",
                utf8("title: Fuzz\nlanguage: <script>alert(1)</script>\n\n" + sentence), "language"));
        cases.add(Case.refused("30 February in a header", "feb30.txt",
                utf8("title: Fuzz\ndate: 2013-02-30\n\n" + sentence), "date"));
        cases.add(Case.refused("month 13 in a header", "m13.md", utf8("title: Fuzz\ndate: 2013-13-01\n\n" + sentence), "date"));
        cases.add(Case.refused("a date in words in a header", "words-date.txt",
                utf8("title: Fuzz\ndate: 4 March 2016\n\n" + sentence), "date"));
        cases.add(Case.either("30 February in the body", "feb30-body.txt",
                utf8("THE HAGUE, 30 February 2013 – " + sentence)));
        cases.add(Case.either("31 juin in a French body", "juin31.txt",
                utf8("LYON, le 31 juin 2014 – Europol soutiendra le centre de La Haye, a indiqué l'agence.")));
        cases.add(Case.refused("a very long header id", "longid.txt",
                utf8("id: " + "x".repeat(20_000) + "\ntitle: Fuzz\n\n" + sentence), "id"));
        cases.add(Case.refused("a very long source", "longsource.txt",
                utf8("source: https://example.org/" + "y".repeat(20_000) + "\ntitle: Fuzz\n\n" + sentence), "source"));

        cases.add(Case.refused("NUL bytes in text", "nul.txt", concat(utf8(header + sentence), new byte[]{0, 0, 'x'}), "binary"));
        cases.add(Case.refused("NUL bytes in HTML", "nul.html", concat(utf8("<p>" + sentence), new byte[]{0}), "binary"));
        cases.add(Case.refused("a NUL byte in a bundle", "nul.json", concat(utf8("{\"release\": "), new byte[]{0}), "JSON"));
        cases.add(Case.either("an escaped NUL in a bundle", "nul-escaped.json",
                bundle("NUL \\u0000 inside", "{\"id\": \"fuzz-nul\", \"type\": \"Organisation\", \"name\": \"Nul\\u0000 Corp\"}", "")));

        cases.add(Case.imported("BOM and CRLF", "bom.txt",
                concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8((header + sentence).replace("\n", "\r\n")))));
        cases.add(Case.imported("BOM and CRLF in HTML", "bom.html", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("<html lang=\"en\">\r\n<body>\r\n<h1>Fuzz</h1>\r\n<p>" + sentence + "</p>\r\n</body></html>"))));
        cases.add(Case.imported("BOM and CRLF in a bundle", "bom.json", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8(new String(bundle("With a BOM", "{\"id\": \"fuzz-bom\", \"type\": \"Organisation\", \"name\": \"Bom Corp\"}",
                        ""), StandardCharsets.UTF_8).replace("\n", "\r\n")))));
        cases.add(Case.imported("CR only line ends", "cr.txt", utf8((header + sentence).replace("\n", "\r"))));

        cases.add(Case.imported("HTML with scripts and on* attributes", "onload.html", utf8("""
                <html lang="en"><body onload="alert(1)"><h1 onclick="alert(2)">Fuzz</h1>
                <script>alert(3)</script><p onmouseover="alert(4)">%s</p><img src=x onerror="alert(5)"></body></html>
                """.formatted(sentence))));
        cases.add(Case.refused("HTML that is only a script", "script-only.html",
                utf8("<html><head><script>alert(1)</script></head><body><script>alert(2)</script></body></html>"), "empty"));
        cases.add(Case.either("unclosed HTML", "unclosed.htm", utf8("<html><body><p>" + sentence + "<div><span><b><i>")));

        cases.add(Case.refused("JSON: not an object", "array.json", utf8("[1, 2, 3]"), "release"));
        cases.add(Case.refused("JSON: null", "null.json", utf8("null"), "release"));
        cases.add(Case.refused("JSON: broken", "broken.json", utf8("{\"release\": {\"title\": \"x\""), "JSON"));
        cases.add(Case.refused("JSON: nested 100 000 deep", "deep.json", utf8("[".repeat(100_000)), "JSON"));
        cases.add(Case.refused("JSON: release is a list", "release-list.json",
                utf8("{\"release\": [], \"entities\": [], \"facts\": []}"), "release"));
        cases.add(Case.refused("JSON: entities as a string", "entities-string.json",
                utf8("{\"release\": {\"title\": \"t\"}, \"entities\": \"interpol\", \"facts\": []}"), "entities"));
        cases.add(Case.refused("JSON: facts as a number", "facts-number.json",
                utf8("{\"release\": {\"title\": \"t\"}, \"entities\": [], \"facts\": 3}"), "facts"));
        cases.add(Case.refused("JSON: confidence as text", "confidence.json", bundle("Confidence as text", "",
                "{\"subject\": \"interpol\", \"relation\": \"SUPPORTS\", \"object\": \"igci\", \"confidence\": \"very high\"}"),
                "confidence"));
        cases.add(Case.refused("JSON: relation NOT_A_RELATION", "relation.json", bundle("Bad relation", "",
                "{\"subject\": \"interpol\", \"relation\": \"NOT_A_RELATION\", \"object\": \"igci\"}"), "NOT_A_RELATION"));
        cases.add(Case.refused("JSON: relation as an object", "relation-object.json", bundle("Bad relation", "",
                "{\"subject\": \"interpol\", \"relation\": {\"x\": 1}, \"object\": \"igci\"}"), "relation"));
        cases.add(Case.refused("JSON: unknown entity type", "type.json", bundle("Bad type",
                "{\"id\": \"fuzz-x\", \"type\": \"Spaceship\", \"name\": \"X\"}", ""), "type"));
        cases.add(Case.refused("JSON: an id colliding with an organisation, as a person", "collide.json", bundle("Collide",
                "{\"id\": \"interpol\", \"type\": \"Person\", \"name\": \"Interpol Person\"}",
                "{\"subject\": \"interpol\", \"relation\": \"HOLDS_ROLE\", \"object\": \"kaspersky-lab\", \"properties\": {\"title\": \"CEO\"}}"),
                "interpol"));
        cases.add(Case.refused("JSON: an id colliding with a country, as a city", "collide-country.json", bundle("Collide",
                "{\"id\": \"SG\", \"type\": \"City\", \"name\": \"Singapore City\"}", ""), "SG"));
        cases.add(Case.refused("JSON: an id colliding with a centre, as an event", "collide-centre.json", bundle("Collide",
                "{\"id\": \"igci\", \"type\": \"Event\", \"name\": \"IGCI party\"}", ""), "igci"));
        cases.add(Case.refused("JSON: an id twice", "twice.json", bundle("Twice",
                "{\"id\": \"fuzz-a\", \"type\": \"Person\", \"name\": \"A\"}, {\"id\": \"fuzz-a\", \"type\": \"Person\", \"name\": \"B\"}",
                ""), "twice"));
        cases.add(Case.refused("JSON: a fact naming nobody", "nobody.json", bundle("Nobody", "",
                "{\"subject\": \"nobody-at-all\", \"relation\": \"SUPPORTS\", \"object\": \"igci\"}"), "nobody-at-all"));
        cases.add(Case.refused("JSON: publishedOn 2013-02-30", "published.json",
                utf8("{\"release\": {\"title\": \"t\", \"publishedOn\": \"2013-02-30\"}, \"entities\": [], \"facts\": []}"),
                "calendar"));
        cases.add(Case.refused("JSON: since 2013-02-30", "since.json", bundle("Since", "",
                "{\"subject\": \"kaspersky-lab\", \"relation\": \"SUPPORTS\", \"object\": \"igci\", \"since\": \"2013-02-30\"}"),
                "calendar"));
        cases.add(Case.refused("JSON: until 2013-13", "until.json", bundle("Until", "",
                "{\"subject\": \"kaspersky-lab\", \"relation\": \"SUPPORTS\", \"object\": \"igci\", \"until\": \"2013-13\"}"),
                "until"));
        cases.add(Case.refused("JSON: language xx", "lang.json",
                utf8("{\"release\": {\"title\": \"t\", \"language\": \"xx\"}, \"entities\": [], \"facts\": []}"), "language"));
        cases.add(Case.refused("JSON: a property renaming the entity", "prop-id.json", bundle("Rename",
                "{\"id\": \"fuzz-rename\", \"type\": \"Organisation\", \"name\": \"Rename\", \"properties\": {\"id\": \"interpol\"}}",
                ""), "id"));
        cases.add(Case.refused("JSON: a property overwriting aliases", "prop-aliases.json", bundle("Aliases",
                "{\"id\": \"fuzz-aliases\", \"type\": \"Organisation\", \"name\": \"Aliases\", \"properties\": {\"aliases\": \"x\"}}",
                ""), "aliases"));
        cases.add(Case.refused("JSON: a fact property overwriting its sources", "prop-sources.json", bundle("Sources",
                "", "{\"subject\": \"kaspersky-lab\", \"relation\": \"SUPPORTS\", \"object\": \"igci\", \"properties\": {\"sources\": \"x\"}}"),
                "sources"));
        cases.add(Case.refused("JSON: a fact property overwriting its confidences", "prop-conf.json", bundle("Confidences",
                "", "{\"subject\": \"kaspersky-lab\", \"relation\": \"SUPPORTS\", \"object\": \"igci\", \"properties\": {\"confidences\": 7}}"),
                "confidences"));
        cases.add(Case.either("JSON: a number too big for Neo4j", "bigint.json", bundle("Big",
                "{\"id\": \"fuzz-big\", \"type\": \"Agreement\", \"name\": \"Big\", \"properties\": {\"durationYears\": 123456789012345678901234567890}}",
                "")));
        cases.add(Case.either("JSON: nested property values", "nested.json", bundle("Nested",
                "{\"id\": \"fuzz-nested\", \"type\": \"Event\", \"name\": \"Nested\", \"properties\": {\"place\": {\"a\": [1, {\"b\": 2}]}, \"startsOn\": [\"2014\"]}}",
                "")));
        cases.add(Case.refused("JSON: a very long entity id", "long-id.json", bundle("Long id",
                "{\"id\": \"" + "x".repeat(20_000) + "\", \"type\": \"Organisation\", \"name\": \"Long\"}", ""), "id"));
        cases.add(Case.refused("JSON: a very long entity name", "long-name.json", bundle("Long name",
                "{\"id\": \"fuzz-long-name\", \"type\": \"Organisation\", \"name\": \"" + "Abc ".repeat(5_000) + "\"}", ""), "name"));
        cases.add(Case.refused("JSON: a very long event date", "long-date.json", bundle("Long date",
                "{\"id\": \"fuzz-long-date\", \"type\": \"Event\", \"name\": \"Long date\", \"properties\": {\"startsOn\": \""
                        + "2".repeat(20_000) + "\"}}", ""), "startsOn"));
        cases.add(Case.refused("JSON: a very long kind", "long-kind.json", bundle("Long kind",
                "{\"id\": \"fuzz-long-kind\", \"type\": \"Organisation\", \"name\": \"Long kind\", \"kind\": \""
                        + "k".repeat(20_000) + "\"}", ""), "kind"));
        // Refused, but with Jackson's words ("Cannot construct instance of Extraction, problem: NullPointerException"):
        // BundleReader should say "entities[0] is null". Reported; the safe part (refused, nothing written) holds.
        cases.add(Case.refused("JSON: entities with null", "null-entity.json", bundle("Null", "null", ""), "bundle"));
        cases.add(Case.refused("JSON: facts with null", "null-fact.json", bundle("Null", "", "null"), "bundle"));
        cases.add(Case.refused("JSON: a coopgraph dump given as a bundle", "dump.json",
                utf8("{\"format\": \"coopgraph-export\", \"version\": 1, \"releases\": [], \"entities\": [], \"facts\": [], \"mentions\": []}"),
                "release"));
        cases.add(Case.imported("JSON: a good bundle", "good.json", read(BUNDLE)));
        cases.add(Case.either("JSON: the good bundle again", "good.json", read(BUNDLE)));
        return cases;
    }

    private List<Case> generated(Random rnd) throws IOException {
        List<Case> cases = new ArrayList<>();
        String[] names = {"r.txt", "r.md", "r.html", "r.json"};
        for (int i = 0; i < 12; i++) {
            byte[] b = new byte[1 + rnd.nextInt(i < 6 ? 64 : 8192)];
            rnd.nextBytes(b);
            cases.add(Case.either("random bytes #" + i, names[i % names.length], b));
        }
        for (int i = 0; i < 12; i++) {
            cases.add(Case.either("random text #" + i, names[i % 3], utf8(randomText(rnd, 20 + rnd.nextInt(6000)))));
        }
        List<Path> releases = ReleaseFiles.walk(List.of(CORPUS));
        List<String> vocabulary = new ArrayList<>();
        for (Path p : releases) {
            vocabulary.addAll(Arrays.asList(Files.readString(p).split("\\s+")));
        }
        for (int i = 0; i < 16; i++) {
            StringBuilder s = new StringBuilder();
            if (rnd.nextBoolean()) {
                s.append("title: Salad ").append(i).append("\nlanguage: ").append(rnd.nextBoolean() ? "en" : "fr")
                        .append("\ndate: 20").append(10 + rnd.nextInt(15)).append("-0").append(1 + rnd.nextInt(9))
                        .append("-1").append(rnd.nextInt(9)).append("\n\n");
            }
            int n = 30 + rnd.nextInt(800);
            for (int w = 0; w < n; w++) {
                String word = vocabulary.get(rnd.nextInt(vocabulary.size()));
                s.append(rnd.nextInt(10) == 0 ? word.toUpperCase(Locale.ROOT) : word);
                s.append(switch (rnd.nextInt(30)) {
                    case 0 -> ". ";
                    case 1 -> ", ";
                    case 2 -> "\n\n";
                    case 3 -> " (";
                    case 4 -> ") ";
                    case 5 -> " – ";
                    case 6 -> "\" ";
                    default -> " ";
                });
            }
            cases.add(Case.either("word salad #" + i, names[i % 3], utf8(s.toString())));
        }
        for (int i = 0; i < 24; i++) {
            Path p = releases.get(rnd.nextInt(releases.size()));
            byte[] mutated = mutate(rnd, Files.readAllBytes(p));
            cases.add(Case.either("mutated " + p.getFileName() + " #" + i, p.getFileName().toString(), mutated));
        }
        JsonNode bundle = JSON.readTree(read(BUNDLE));
        for (int i = 0; i < 24; i++) {
            JsonNode copy = bundle.deepCopy();
            ((ObjectNode) copy.get("release")).put("id", "fuzz-bundle-" + i);
            int edits = 1 + rnd.nextInt(3);
            for (int e = 0; e < edits; e++) {
                copy = mutateJson(rnd, copy, copy);
            }
            cases.add(Case.either("mutated bundle #" + i, "b.json", JSON.writeValueAsBytes(copy)));
        }
        return cases;
    }

    /** Flips, deletes, duplicates or inserts bytes a few times. */
    static byte[] mutate(Random rnd, byte[] in) {
        byte[] b = in;
        int ops = 1 + rnd.nextInt(4);
        for (int k = 0; k < ops && b.length > 2; k++) {
            int at = rnd.nextInt(b.length);
            int len = 1 + rnd.nextInt(Math.min(200, b.length - at));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (rnd.nextInt(5)) {
                case 0 -> {
                    b = b.clone();
                    b[at] = (byte) rnd.nextInt(256);
                }
                case 1 -> {
                    out.write(b, 0, at);
                    out.write(b, at + len, b.length - at - len);
                    b = out.toByteArray();
                }
                case 2 -> {
                    out.write(b, 0, at + len);
                    out.write(b, at, len);
                    out.write(b, at + len, b.length - at - len);
                    b = out.toByteArray();
                }
                case 3 -> {
                    byte[] junk = utf8(randomText(rnd, 1 + rnd.nextInt(40)));
                    out.write(b, 0, at);
                    out.write(junk, 0, junk.length);
                    out.write(b, at, b.length - at);
                    b = out.toByteArray();
                }
                default -> b = Arrays.copyOf(b, at + 1);
            }
        }
        return b;
    }

    /** Replaces one value somewhere in the tree with a value of another shape. */
    static JsonNode mutateJson(Random rnd, JsonNode root, JsonNode node) {
        List<JsonNode> containers = new ArrayList<>();
        collect(node, containers);
        JsonNode target = containers.get(rnd.nextInt(containers.size()));
        JsonNode replacement = randomJson(rnd);
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> fields = new ArrayList<>();
            o.fieldNames().forEachRemaining(fields::add);
            String f = fields.get(rnd.nextInt(fields.size()));
            if (rnd.nextInt(5) == 0) {
                o.remove(f);
            } else {
                o.set(f, replacement);
            }
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            a.set(rnd.nextInt(a.size()), replacement);
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    private static JsonNode randomJson(Random rnd) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (rnd.nextInt(11)) {
            case 0 -> f.nullNode();
            case 1 -> f.numberNode(rnd.nextInt());
            case 2 -> f.numberNode(rnd.nextDouble() * 1e6);
            case 3 -> f.booleanNode(rnd.nextBoolean());
            case 4 -> f.textNode(randomText(rnd, rnd.nextInt(30)));
            case 5 -> f.arrayNode().add(randomText(rnd, 5)).add(rnd.nextInt(9));
            case 6 -> f.objectNode().put("x", randomText(rnd, 5));
            case 7 -> f.textNode(List.of("interpol", "igci", "SG", "kaspersky-lab", "FR").get(rnd.nextInt(5)));
            case 8 -> f.textNode(List.of("Person", "City", "Centre", "SUPPORTS", "HOLDS_ROLE").get(rnd.nextInt(5)));
            case 9 -> f.textNode(List.of("2013-02-30", "2014", "2015-13", "1999-12-31", "").get(rnd.nextInt(5)));
            default -> f.numberNode(new java.math.BigInteger(100, rnd));
        };
    }

    static String randomText(Random rnd, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     ..,,;:!?'\"()[]{}<>/\\-–—_#*&%$@"
                + "éèêàçôûüöäßñÉÈÀÇ\n\n\t\r€£¥©®™«»“”‘’…\u00a0\u200b\u202e中文日本語한국어Ωπ";
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            int pick = rnd.nextInt(60);
            if (pick == 0) {
                s.appendCodePoint(0x1F600 + rnd.nextInt(80));
            } else if (pick == 1) {
                s.append(List.of("INTERPOL", "Europol", "IGCI", "Kaspersky Lab", "Trend Micro", "Singapore", "EC3",
                        "Secretary General", "will support", "signed", "a signé", "soutiendra").get(rnd.nextInt(12)));
            } else {
                s.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
        }
        return s.toString();
    }

    private static byte[] bundle(String title, String entities, String facts) {
        return utf8("""
                {"release": {"title": "%s", "publishedOn": "2016-03-04", "language": "en",
                  "source": "https://example.org/fuzz/%s"},
                 "entities": [%s],
                 "facts": [%s]}
                """.formatted(title, title.replaceAll("\\W", "-"), entities, facts));
    }

    private String typeAndLabels(String id) {
        var r = graph.graph().read(tx -> tx.run("MATCH (n:Entity {id: $id}) RETURN n.type AS t, labels(n) AS l",
                Map.of("id", id)).single());
        return r.get("t").asString() + " " + new java.util.TreeSet<>(r.get("l").asList(v -> v.asString()));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
