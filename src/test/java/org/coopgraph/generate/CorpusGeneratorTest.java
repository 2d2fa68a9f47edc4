package org.coopgraph.generate;

import org.coopgraph.ingest.ReleaseDocument;
import org.coopgraph.ingest.extract.Extractor;
import org.coopgraph.ingest.extract.Gazetteer;
import org.coopgraph.ingest.read.ReleaseReader;
import org.coopgraph.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator is deterministic, and what it writes is a corpus the extractor reads. No timings here. */
class CorpusGeneratorTest {

    @Test
    void sameSeedGivesByteIdenticalFilesWhateverTheThreads(@TempDir Path tmp) throws IOException {
        Corpus.write(new CorpusGenerator(7, 120), 120, 7, tmp.resolve("a"), 1);
        Corpus.write(new CorpusGenerator(7, 120), 120, 7, tmp.resolve("b"), 3);
        List<Path> a = files(tmp.resolve("a"));
        List<Path> b = files(tmp.resolve("b"));
        assertThat(a).hasSize(2 * 120 + 1);
        assertThat(b.stream().map(p -> tmp.resolve("b").relativize(p)).toList())
                .isEqualTo(a.stream().map(p -> tmp.resolve("a").relativize(p)).toList());
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.readAllBytes(b.get(i))).as(a.get(i).toString()).isEqualTo(Files.readAllBytes(a.get(i)));
        }
    }

    @Test
    void anotherSeedGivesAnotherCorpus() {
        assertThat(new CorpusGenerator(1, 50).release(3).text()).isNotEqualTo(new CorpusGenerator(2, 50).release(3).text());
    }

    @Test
    void releasesAreInBothLanguagesWithTheImportHeader() {
        CorpusGenerator gen = new CorpusGenerator(42, 200);
        long fr = 0;
        for (int i = 0; i < 200; i++) {
            CorpusGenerator.Release r = gen.release(i);
            assertThat(r.text()).startsWith("title: ").contains("\ndate: ", "\nlanguage: ", "\nsource: https://", "\n\n");
            assertThat(r.expected().facts()).isNotEmpty();
            if (r.expected().language().equals("fr")) {
                fr++;
            }
        }
        assertThat(fr).isBetween(40L, 160L);
    }

    @Test
    void theWorldHasHubsAndALongTail() {
        World w = World.of(42, 100_000);
        assertThat(w.companiesTo - w.companiesFrom).isGreaterThanOrEqualTo(5_000);
        assertThat(w.centresTo - w.centresFrom).isGreaterThanOrEqualTo(3_000);
        // pools that grow with N: about 4N organisations and 8N people
        assertThat(w.orgs.size()).isGreaterThanOrEqualTo(3 * 100_000);
        assertThat(w.people).isGreaterThanOrEqualTo(5 * 100_000);
        assertThat(w.members).hasSize(196);
        assertThat(w.orgs.get(w.interpol).name()).isEqualTo("INTERPOL");
        assertThat(w.orgs.stream().map(World.Org::name).distinct().count()).isEqualTo(w.orgs.size());
        // the same slot changes hands over the years: people change roles
        assertThat(w.holder(w.agenciesFrom, 0, 2010)).isNotEqualTo(w.holder(w.agenciesFrom, 0, 2020));
    }

    @Test
    void aGeneratedReleaseParsesAndYieldsMostOfItsExpectedFacts() {
        CorpusGenerator gen = new CorpusGenerator(42, 400);
        Extractor extractor = new Extractor(Gazetteer.reference());
        ReleaseReader reader = new ReleaseReader();
        CorpusGenerator.Release r = gen.release(0);
        ReleaseDocument doc = reader.read(r.name() + ".txt", r.text().getBytes(StandardCharsets.UTF_8));
        assertThat(doc.meta().title()).isEqualTo(r.expected().title());
        assertThat(doc.meta().language()).isEqualTo(r.expected().language());
        assertThat(doc.meta().publishedOn()).isEqualTo(r.expected().publishedOn());
        Extraction x = extractor.extract(doc);
        assertThat(x.facts()).isNotEmpty();

        Scorer.Score s = Corpus.score(gen, 0, 100, extractor, null);
        assertThat(s.recall()).as("recall on 100 generated releases").isGreaterThan(0.5);
        assertThat(s.precision()).as("precision on 100 generated releases").isGreaterThan(0.7);
    }

    /**
     * The shape behind "100,000 releases, about a million nodes and five million relationships":
     * each release names a few dozen entities, most of them from the long tail, so several are
     * new to the corpus. Counted on the expected entities and facts (no extraction, no database).
     */
    @Test
    void eachReleaseNamesManyEntitiesAndSeveralNewOnes() {
        int n = 1000;
        CorpusGenerator gen = new CorpusGenerator(42, n);
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Map<String, Integer> mentions = new java.util.HashMap<>();
        long named = 0;
        long facts = 0;
        for (int i = 0; i < n; i++) {
            ExpectedFacts e = gen.release(i).expected();
            for (ExpectedFacts.ExpectedEntity x : e.entities()) {
                seen.add(x.name());
                mentions.merge(x.name(), 1, Integer::sum);
            }
            named += e.entities().size();
            facts += e.facts().size();
        }
        assertThat((double) named / n).as("entities named per release").isGreaterThan(20);
        assertThat((double) facts / n).as("facts stated per release").isGreaterThan(18);
        assertThat((double) seen.size() / n).as("distinct entities per release").isGreaterThan(7);
        // hubs: INTERPOL and Europol come up in hundreds of releases; the tail once or twice
        assertThat(mentions.get("INTERPOL")).isGreaterThan(100);
        assertThat(mentions.values().stream().filter(c -> c <= 2).count()).isGreaterThan(seen.size() / 2);
    }

    @Test
    void expectedFactsRoundTripThroughTheirJson(@TempDir Path tmp) throws IOException {
        CorpusGenerator.Release r = new CorpusGenerator(42, 50).release(5);
        Path f = tmp.resolve("x.expected.json");
        Files.writeString(f, r.expected().toJson());
        assertThat(ExpectedFacts.read(f)).isEqualTo(r.expected());
        assertThat(ExpectedFacts.fileFor(tmp.resolve("x.txt"))).isEqualTo(f);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
