package org.coopgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopgraph.ingest.extract.Extractor;
import org.coopgraph.ingest.extract.Gazetteer;
import org.coopgraph.ingest.extract.Titles;
import org.coopgraph.ingest.read.ReleaseReader;
import org.coopgraph.ingest.text.Normalise;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Extraction;
import org.coopgraph.model.Fact;
import org.coopgraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the extractor on the team's corpus (src/test/resources/releases), per
 * file and micro-averaged, for facts and entities; the held-out folder is reported apart.
 */
class ExtractionQualityTest {

    /** Floors just under what the rules reach today; raise them as the rules improve. */
    static final double MAIN_FACT_PRECISION = 0.83;
    static final double MAIN_FACT_RECALL = 0.75;
    static final double HELDOUT_FACT_PRECISION = 0.70;
    static final double HELDOUT_FACT_RECALL = 0.44;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Extractor extractor = new Extractor(Gazetteer.reference());
    private final ReleaseReader reader = new ReleaseReader();

    /** Counts for one file or a whole set. */
    static final class Score {
        int produced;
        int correct;
        int expected;
        int found;
        int entProduced;
        int entCorrect;
        int entExpected;
        int entFound;
        int absentHit;

        void add(Score o) {
            produced += o.produced;
            correct += o.correct;
            expected += o.expected;
            found += o.found;
            entProduced += o.entProduced;
            entCorrect += o.entCorrect;
            entExpected += o.entExpected;
            entFound += o.entFound;
            absentHit += o.absentHit;
        }

        double p() {
            return produced == 0 ? 1 : (double) correct / produced;
        }

        double r() {
            return expected == 0 ? 1 : (double) found / expected;
        }

        double ep() {
            return entProduced == 0 ? 1 : (double) entCorrect / entProduced;
        }

        double er() {
            return entExpected == 0 ? 1 : (double) entFound / entExpected;
        }
    }

    @Test
    void mainAndHeldoutSetsReachTheirFloors() throws Exception {
        Path root = folder();
        Score main = measure(root, "main");
        Score held = Files.isDirectory(root.resolve("heldout")) ? measure(root.resolve("heldout"), "heldout") : new Score();
        assertThat(main.expected).as("the corpus has expected facts").isPositive();
        assertThat(main.p()).as("main fact precision").isGreaterThanOrEqualTo(MAIN_FACT_PRECISION);
        assertThat(main.r()).as("main fact recall").isGreaterThanOrEqualTo(MAIN_FACT_RECALL);
        if (held.expected > 0) {
            assertThat(held.p()).as("held-out fact precision").isGreaterThanOrEqualTo(HELDOUT_FACT_PRECISION);
            assertThat(held.r()).as("held-out fact recall").isGreaterThanOrEqualTo(HELDOUT_FACT_RECALL);
        }
    }

    static Path folder() throws URISyntaxException {
        var url = ExtractionQualityTest.class.getResource("/releases");
        assertThat(url).as("src/test/resources/releases").isNotNull();
        return Path.of(url.toURI());
    }

    Score measure(Path dir, String label) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> ReleaseReader.supports(p.getFileName().toString()))
                    .filter(p -> Files.exists(expectedFor(p))).sorted().toList();
        }
        Score total = new Score();
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n== %s: %d releases%n%-58s %6s %6s %6s %6s %4s%n", label, files.size(), "file",
                "P", "R", "entP", "entR", "abs"));
        for (Path f : files) {
            Score s = score(f, out);
            total.add(s);
            out.append(String.format("%-58s %6.2f %6.2f %6.2f %6.2f %4d%n", f.getFileName(), s.p(), s.r(), s.ep(), s.er(),
                    s.absentHit));
        }
        out.append(String.format("%-58s %6.2f %6.2f %6.2f %6.2f %4d   (facts %d/%d produced correct, %d/%d expected found)%n",
                "TOTAL " + label, total.p(), total.r(), total.ep(), total.er(), total.absentHit, total.correct,
                total.produced, total.found, total.expected));
        System.out.print(out);
        return total;
    }

    private static Path expectedFor(Path release) {
        String n = release.getFileName().toString();
        return release.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".expected.json");
    }

    Score score(Path file, StringBuilder log) throws IOException {
        JsonNode exp = JSON.readTree(expectedFor(file).toFile());
        Extraction x = extractor.extract(reader.read(file.getFileName().toString(), Files.readAllBytes(file)));
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : x.entities()) {
            byId.put(e.id(), e);
        }
        Score s = new Score();
        // entities
        List<Entity> matchedEntities = new ArrayList<>();
        for (JsonNode e : exp.path("entities")) {
            s.entExpected++;
            EntityType t = EntityType.parse(e.path("type").asText());
            Set<String> ids = resolve(e.path("name").asText(), x.entities());
            boolean ok = false;
            for (String id : ids) {
                if (byId.get(id).type() == t) {
                    ok = true;
                    matchedEntities.add(byId.get(id));
                }
            }
            if (ok) {
                s.entFound++;
            }
        }
        s.entProduced = x.entities().size();
        s.entCorrect = (int) x.entities().stream().filter(matchedEntities::contains).distinct().count();
        // facts
        List<JsonNode> expected = new ArrayList<>();
        exp.path("facts").forEach(expected::add);
        Set<Fact> correct = new HashSet<>();
        for (JsonNode f : expected) {
            s.expected++;
            boolean hit = false;
            for (Fact fact : x.facts()) {
                if (matches(f, fact, x.entities(), byId, true)) {
                    hit = true;
                    correct.add(fact);
                }
            }
            if (hit) {
                s.found++;
            } else {
                log.append("   missed  ").append(f).append('\n');
            }
        }
        for (Fact fact : x.facts()) {
            boolean absent = false;
            for (JsonNode a : exp.path("absent")) {
                if (matches(a, fact, x.entities(), byId, false)) {
                    absent = true;
                }
            }
            if (absent) {
                s.absentHit++;
                correct.remove(fact);
            }
            if (!correct.contains(fact)) {
                log.append("   extra   ").append(absent ? "(absent!) " : "").append(fact.subject()).append(' ')
                        .append(fact.relation()).append(' ').append(fact.object()).append(' ').append(fact.properties())
                        .append(" <").append(fact.method()).append(">\n");
            }
        }
        s.produced = x.facts().size();
        s.correct = correct.size();
        return s;
    }

    private static boolean matches(JsonNode f, Fact fact, List<Entity> entities, Map<String, Entity> byId, boolean lenient) {
        Relation r = Relation.parse(f.path("relation").asText());
        if (r != fact.relation()) {
            return false;
        }
        Set<String> subj = resolve(f.path("subject").asText(), entities);
        Set<String> obj = resolve(f.path("object").asText(), entities);
        boolean ends = subj.contains(fact.subject()) && obj.contains(fact.object());
        if (!ends && r == Relation.COOPERATES_WITH) {
            ends = subj.contains(fact.object()) && obj.contains(fact.subject());
        }
        if (!ends) {
            return false;
        }
        for (String prop : List.of("role", "scope", "kind")) {
            if (f.has(prop)) {
                Object v = fact.properties().get(prop);
                if (v == null || !Normalise.key(v.toString()).equals(Normalise.key(f.get(prop).asText()))) {
                    if (lenient && prop.equals("kind")) {
                        continue;
                    }
                    return false;
                }
            }
        }
        if (f.has("title")) {
            // titles are stored canonical (English) with the stated words beside them
            String expectedTitle = f.get("title").asText();
            String a = Normalise.key(expectedTitle);
            String ac = Normalise.key(Titles.canonical(expectedTitle));
            boolean ok = false;
            for (String prop : List.of("title", "titleAsStated")) {
                Object v = fact.properties().get(prop);
                String b = v == null ? "" : Normalise.key(v.toString());
                if (!b.isEmpty() && (a.contains(b) || b.contains(a) || ac.contains(b) || b.contains(ac))) {
                    ok = true;
                }
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Ids of the entities a name stands for: by name or alias, or "*", "*event*", "*agreement*". */
    static Set<String> resolve(String name, List<Entity> entities) {
        Set<String> out = new HashSet<>();
        String k = Normalise.key(name);
        for (Entity e : entities) {
            if (name.equals("*") || name.equals("*event*") && e.type() == EntityType.Event
                    || name.equals("*agreement*") && e.type() == EntityType.Agreement) {
                out.add(e.id());
                continue;
            }
            if (Normalise.key(e.name()).equals(k) || e.id().equalsIgnoreCase(name)
                    || e.aliases().stream().anyMatch(a -> Normalise.key(a).equals(k))) {
                out.add(e.id());
            }
        }
        return out;
    }
}
