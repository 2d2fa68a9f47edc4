package org.coopgraph.ingest.extract;

import org.coopgraph.ingest.ReleaseDocument;
import org.coopgraph.ingest.read.ReleaseReader;
import org.coopgraph.ingest.text.Normalise;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Extraction;
import org.coopgraph.model.Fact;
import org.coopgraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A French release written for this test in the style of the project's reference release (a
 * company pledging support to INTERPOL's Singapore complex after a meeting), with other names and
 * other wording. It must give the same structures: support with its year, intelligence to
 * INTERPOL, dissemination to the member countries, three roles with canonical titles, the
 * complex in Singapore and part of INTERPOL, no agreement, and no organisation placed in the
 * dateline's city.
 */
class ReferenceStyleReleaseTest {

    private static final String RELEASE = """
            La société Borealis Sécurité apportera son appui au Complexe mondial INTERPOL pour l’innovation

            12 février 2014

            OSLO (Norvège) – Afin de renforcer la coopération entre la police et les entreprises du numérique, le Secrétaire général d’INTERPOL, M. Henrik Aalto, s’est entretenu avec le fondateur et PDG de la société Borealis Sécurité, M. Sven Morel, au siège de l’entreprise.

            À l’issue de ces échanges avec le Chef d’INTERPOL et la Directrice exécutive du Complexe mondial INTERPOL pour l’innovation (CMII), Mme Aiko Tanabe, la société Borealis Sécurité a confirmé qu’elle soutiendrait le CMII de Singapour dès son ouverture en 2015, et qu’elle fournira à l’Organisation des renseignements sur les menaces afin qu’INTERPOL les diffuse à ses 190 pays membres.

            « Aucun service ne peut, seul, suivre les cybercriminels », a déclaré M. Aalto.

            « Nous mettrons nos meilleurs analystes au service des enquêteurs », a ajouté M. Morel.
            """;

    private static Extraction extraction() {
        ReleaseDocument doc = new ReleaseReader().read("fr-test-reference-style.txt", RELEASE.getBytes(StandardCharsets.UTF_8));
        return new Extractor(Gazetteer.reference()).extract(doc);
    }

    private static String id(Extraction x, String name) {
        String k = Normalise.key(name);
        return x.entities().stream().filter(e -> Normalise.key(e.name()).equals(k)
                        || e.aliases().stream().anyMatch(a -> Normalise.key(a).equals(k)))
                .map(Entity::id).findFirst().orElse("?" + name);
    }

    private static Optional<Fact> fact(Extraction x, String s, Relation r, String o) {
        String si = id(x, s);
        String oi = id(x, o);
        return x.facts().stream().filter(f -> f.relation() == r && f.subject().equals(si) && f.object().equals(oi)).findFirst();
    }

    @Test
    void sameStructuresAsTheReferenceRelease() {
        Extraction x = extraction();
        assertThat(x.release().language()).isEqualTo("fr");
        assertThat(fact(x, "Borealis Sécurité", Relation.SUPPORTS, "CMII"))
                .hasValueSatisfying(f -> assertThat(f.since()).isEqualTo("2015"));
        assertThat(fact(x, "Borealis Sécurité", Relation.PROVIDES_INTELLIGENCE_TO, "INTERPOL")).isPresent();
        assertThat(fact(x, "INTERPOL", Relation.DISSEMINATES_TO, "INTERPOL"))
                .hasValueSatisfying(f -> assertThat(f.properties()).containsEntry("scope", "members"));
        assertThat(fact(x, "Henrik Aalto", Relation.HOLDS_ROLE, "INTERPOL"))
                .hasValueSatisfying(f -> assertThat(f.properties()).containsEntry("title", "Secretary General"));
        assertThat(fact(x, "Sven Morel", Relation.HOLDS_ROLE, "Borealis Sécurité"))
                .hasValueSatisfying(f -> assertThat(f.properties()).containsEntry("title", "Founder and CEO")
                        .containsEntry("titleAsStated", "fondateur et PDG"));
        assertThat(fact(x, "Aiko Tanabe", Relation.HOLDS_ROLE, "CMII"))
                .hasValueSatisfying(f -> assertThat(f.properties()).containsEntry("title", "Executive Director"));
        assertThat(fact(x, "CMII", Relation.LOCATED_IN, "Singapour")).isPresent();
        assertThat(fact(x, "CMII", Relation.PART_OF, "INTERPOL")).isPresent();
        assertThat(x.entities()).noneMatch(e -> e.type() == EntityType.Agreement);
        assertThat(x.facts()).noneMatch(f -> f.relation() == Relation.PARTY_TO || f.relation() == Relation.SIGNED);
        // the dateline names where the release was issued, not where any organisation is
        String oslo = id(x, "Oslo");
        List<Fact> placed = x.facts().stream().filter(f -> f.relation() == Relation.LOCATED_IN && f.object().equals(oslo)).toList();
        assertThat(placed).allSatisfy(f -> {
            EntityType t = x.entities().stream().filter(e -> e.id().equals(f.subject())).findFirst().orElseThrow().type();
            assertThat(t).isNotIn(EntityType.Organisation, EntityType.Centre);
        });
        // one support fact for the pair
        assertThat(x.facts().stream().filter(f -> f.relation() == Relation.SUPPORTS)).hasSize(1);
    }
}
