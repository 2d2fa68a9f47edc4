package org.coopgraph.generate;

import org.coopgraph.ingest.extract.Titles;
import org.coopgraph.ingest.text.Normalise;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Extraction;
import org.coopgraph.model.Fact;
import org.coopgraph.model.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of an extraction against expected facts, with the matching rules of the
 * team corpus (ExtractionQualityTest): names match by accent-, case- and punctuation-insensitive key
 * or alias, "*", "*event*" and "*agreement*" are wildcards, COOPERATES_WITH matches in either
 * direction, role/scope/kind must agree (kind leniently for expected facts), and titles match by
 * containment of the stated or canonical form.
 */
public final class Scorer {

    private Scorer() {
    }

    /** Counts for one release or a whole set; add() sums them (micro-averaging). */
    public static final class Score {
        public int produced;
        public int correct;
        public int expected;
        public int found;
        public int entProduced;
        public int entCorrect;
        public int entExpected;
        public int entFound;
        public int absentHit;
        /** Per relation: [expected, found, produced, correct]. */
        public final Map<Relation, int[]> byRelation = new java.util.EnumMap<>(Relation.class);

        public void add(Score o) {
            produced += o.produced;
            correct += o.correct;
            expected += o.expected;
            found += o.found;
            entProduced += o.entProduced;
            entCorrect += o.entCorrect;
            entExpected += o.entExpected;
            entFound += o.entFound;
            absentHit += o.absentHit;
            o.byRelation.forEach((r, c) -> {
                int[] mine = byRelation.computeIfAbsent(r, k -> new int[4]);
                for (int i = 0; i < 4; i++) {
                    mine[i] += c[i];
                }
            });
        }

        public double precision() {
            return produced == 0 ? 1 : (double) correct / produced;
        }

        public double recall() {
            return expected == 0 ? 1 : (double) found / expected;
        }

        public double entityPrecision() {
            return entProduced == 0 ? 1 : (double) entCorrect / entProduced;
        }

        public double entityRecall() {
            return entExpected == 0 ? 1 : (double) entFound / entExpected;
        }

        private int[] rel(Relation r) {
            return byRelation.computeIfAbsent(r, k -> new int[4]);
        }
    }

    /** Scores one extraction; {@code log} (may be null) receives the missed and extra facts. */
    public static Score score(ExpectedFacts exp, Extraction x, StringBuilder log) {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : x.entities()) {
            byId.put(e.id(), e);
        }
        Score s = new Score();
        List<Entity> matchedEntities = new ArrayList<>();
        for (ExpectedFacts.ExpectedEntity e : exp.entities()) {
            s.entExpected++;
            EntityType t = EntityType.parse(e.type());
            boolean ok = false;
            for (String id : resolve(e.name(), x.entities())) {
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

        Set<Fact> correct = new LinkedHashSet<>();
        for (ExpectedFacts.ExpectedFact f : exp.facts()) {
            s.expected++;
            Relation rel = Relation.parse(f.relation());
            if (rel != null) {
                s.rel(rel)[0]++;
            }
            boolean hit = false;
            for (Fact fact : x.facts()) {
                if (matches(f, fact, x.entities(), true)) {
                    hit = true;
                    correct.add(fact);
                }
            }
            if (hit) {
                s.found++;
                if (rel != null) {
                    s.rel(rel)[1]++;
                }
            } else if (log != null) {
                log.append("   missed  ").append(f).append('\n');
            }
        }
        for (Fact fact : x.facts()) {
            boolean absent = false;
            for (ExpectedFacts.ExpectedFact a : exp.absent()) {
                if (matches(a, fact, x.entities(), false)) {
                    absent = true;
                }
            }
            if (absent) {
                s.absentHit++;
                correct.remove(fact);
            }
            s.rel(fact.relation())[2]++;
            if (correct.contains(fact)) {
                s.rel(fact.relation())[3]++;
            } else if (log != null) {
                log.append("   extra   ").append(absent ? "(absent!) " : "").append(fact.subject()).append(' ')
                        .append(fact.relation()).append(' ').append(fact.object()).append(' ').append(fact.properties())
                        .append(" <").append(fact.method()).append(">\n");
            }
        }
        s.produced = x.facts().size();
        s.correct = correct.size();
        return s;
    }

    /** Whether an extracted fact is the expected (or absent) one; {@code lenient} forgives a differing kind. */
    public static boolean matches(ExpectedFacts.ExpectedFact f, Fact fact, List<Entity> entities, boolean lenient) {
        Relation r = Relation.parse(f.relation());
        if (r != fact.relation()) {
            return false;
        }
        Set<String> subj = resolve(f.subject(), entities);
        Set<String> obj = resolve(f.object(), entities);
        boolean ends = subj.contains(fact.subject()) && obj.contains(fact.object());
        if (!ends && r == Relation.COOPERATES_WITH) {
            ends = subj.contains(fact.object()) && obj.contains(fact.subject());
        }
        if (!ends) {
            return false;
        }
        for (String prop : List.of("role", "scope", "kind")) {
            String want = f.property(prop);
            if (want != null) {
                Object v = fact.properties().get(prop);
                if (v == null || !Normalise.key(v.toString()).equals(Normalise.key(want))) {
                    if (lenient && prop.equals("kind")) {
                        continue;
                    }
                    return false;
                }
            }
        }
        if (f.title() != null) {
            // titles are stored canonical (English) with the stated words beside them
            String a = Normalise.key(f.title());
            String ac = Normalise.key(Titles.canonical(f.title()));
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
    public static Set<String> resolve(String name, List<Entity> entities) {
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
