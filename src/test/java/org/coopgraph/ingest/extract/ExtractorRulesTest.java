package org.coopgraph.ingest.extract;

import org.coopgraph.ingest.ReleaseDocument;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Extraction;
import org.coopgraph.model.Fact;
import org.coopgraph.model.ReleaseMeta;
import org.coopgraph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule family, with sentences written for these tests, in English and French. */
class ExtractorRulesTest {

    private static final Extractor EXTRACTOR = new Extractor(Gazetteer.reference());

    private static Extraction run(String lang, String body) {
        return EXTRACTOR.extract(new ReleaseDocument(new ReleaseMeta("r-test", "t", "2019-05-14", lang, null), body, "x"));
    }

    private static Optional<Fact> fact(Extraction x, String subjectName, Relation r, String objectName) {
        String s = id(x, subjectName);
        String o = id(x, objectName);
        return x.facts().stream().filter(f -> f.relation() == r && f.subject().equals(s) && f.object().equals(o)).findFirst();
    }

    private static String id(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equalsIgnoreCase(name) || e.aliases().contains(name))
                .map(Entity::id).findFirst().orElse("?" + name);
    }

    private static boolean any(Extraction x, Relation r) {
        return x.facts().stream().anyMatch(f -> f.relation() == r);
    }

    @Test
    void everyFactPointsAtListedEntitiesWithItsSentence() {
        String body = "VIENNA – Norvik Security Ltd will support INTERPOL from 2020, said Lena Fischer, Chief Executive Officer of Norvik Security Ltd.";
        Extraction x = run("en", body);
        assertThat(x.facts()).isNotEmpty();
        for (Fact f : x.facts()) {
            assertThat(x.entities()).extracting(Entity::id).contains(f.subject(), f.object());
            assertThat(body.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().quote());
            assertThat(f.method()).isNotBlank();
        }
    }

    @Test
    void rolesEnglish() {
        Extraction x = run("en", "Lena Fischer, Chief Executive Officer of Norvik Security Ltd, opened the session. "
                + "Europol Executive Director Anna Berg welcomed the step. Paul Okafor, formerly Head of the Brightwater Institute, also spoke.");
        assertThat(fact(x, "Lena Fischer", Relation.HOLDS_ROLE, "Norvik Security Ltd"))
                .hasValueSatisfying(f -> {
                    assertThat(f.properties().get("title")).isEqualTo("CEO");
                    assertThat(f.properties().get("titleAsStated")).isEqualTo("Chief Executive Officer");
                });
        assertThat(fact(x, "Anna Berg", Relation.HOLDS_ROLE, "Europol")).isPresent();
        assertThat(fact(x, "Paul Okafor", Relation.HOLDS_ROLE, "Brightwater Institute"))
                .hasValueSatisfying(f -> assertThat(f.properties()).containsEntry("past", true));
    }

    @Test
    void rolesFrenchAndSurnameCoreference() {
        Extraction x = run("fr", "Le directeur général de la Société Altair Numérique, M. Jean-Paul Morel, a reçu la délégation. "
                + "« Nous sommes prêts », a déclaré M. Morel.");
        assertThat(fact(x, "Jean-Paul Morel", Relation.HOLDS_ROLE, "Société Altair Numérique"))
                .hasValueSatisfying(f -> {
                    assertThat(f.properties().get("title")).isEqualTo("Director General");
                    assertThat(f.properties().get("titleAsStated")).isEqualTo("directeur général");
                });
        assertThat(x.entities().stream().filter(e -> e.type() == EntityType.Person)).hasSize(1);
    }

    @Test
    void supportWithYearAndNegation() {
        Extraction en = run("en", "Norvik Security Ltd will provide technical support to the European Cybercrime Centre when it moves in 2021.");
        assertThat(fact(en, "Norvik Security Ltd", Relation.SUPPORTS, "European Cybercrime Centre"))
                .hasValueSatisfying(f -> {
                    assertThat(f.since()).isEqualTo("2021");
                    assertThat(f.properties()).containsEntry("kind", "technical");
                });
        Extraction neg = run("en", "Norvik Security Ltd did not support the European Cybercrime Centre.");
        assertThat(any(neg, Relation.SUPPORTS)).isFalse();
        Extraction fr = run("fr", "La société Altair Numérique soutiendra INTERPOL à partir de 2022.");
        assertThat(fact(fr, "Altair Numérique", Relation.SUPPORTS, "INTERPOL").or(() -> fact(fr, "Société Altair Numérique", Relation.SUPPORTS, "INTERPOL")))
                .hasValueSatisfying(f -> assertThat(f.since()).isEqualTo("2022"));
        Extraction frNeg = run("fr", "La société Altair Numérique ne soutiendra pas INTERPOL.");
        assertThat(any(frNeg, Relation.SUPPORTS)).isFalse();
    }

    @Test
    void intelligenceAndDisseminationToMembers() {
        Extraction en = run("en", "Norvik Security Ltd will share threat intelligence with INTERPOL, which will disseminate it to its 195 member countries.");
        assertThat(fact(en, "Norvik Security Ltd", Relation.PROVIDES_INTELLIGENCE_TO, "INTERPOL")).isPresent();
        assertThat(fact(en, "INTERPOL", Relation.DISSEMINATES_TO, "INTERPOL"))
                .hasValueSatisfying(f -> assertThat(f.properties()).containsEntry("scope", "members"));
        Extraction fr = run("fr", "Le Groupe Altair fournira à l'Organisation des renseignements, et INTERPOL les transmettra à ses pays membres.");
        assertThat(any(fr, Relation.PROVIDES_INTELLIGENCE_TO)).isTrue();
        assertThat(fact(fr, "INTERPOL", Relation.DISSEMINATES_TO, "INTERPOL")).isPresent();
    }

    @Test
    void expertsAndTraining() {
        Extraction en = run("en", "Norvik Security Ltd will second three analysts to the European Cybercrime Centre.");
        assertThat(fact(en, "Norvik Security Ltd", Relation.PROVIDES_EXPERTS_TO, "European Cybercrime Centre")).isPresent();
        Extraction fr = run("fr", "Le Groupe Altair détachera deux ingénieurs auprès du CMII.");
        assertThat(fact(fr, "Groupe Altair", Relation.PROVIDES_EXPERTS_TO, "INTERPOL Global Complex for Innovation")).isPresent();
        Extraction tr = run("en", "Norvik Security Ltd will run courses for Europol investigators.");
        assertThat(fact(tr, "Norvik Security Ltd", Relation.PROVIDES_TRAINING_TO, "Europol")).isPresent();
    }

    @Test
    void agreementsOnlyWhenSigned() {
        Extraction signed = run("en", "Norvik Security Ltd and Europol signed a memorandum of understanding on 3 May in The Hague.");
        assertThat(x(signed, EntityType.Agreement)).hasSize(1);
        assertThat(signed.facts().stream().filter(f -> f.relation() == Relation.PARTY_TO)).hasSize(2);
        Extraction talks = run("en", "Norvik Security Ltd and Europol discussed a possible agreement on data sharing.");
        assertThat(x(talks, EntityType.Agreement)).isEmpty();
        Extraction notYet = run("en", "Norvik Security Ltd has not signed an agreement with Europol.");
        assertThat(x(notYet, EntityType.Agreement)).isEmpty();
        Extraction fr = run("fr", "Le Groupe Altair et INTERPOL ont signé aujourd'hui un accord de coopération.");
        assertThat(x(fr, EntityType.Agreement)).singleElement()
                .satisfies(a -> assertThat(a.properties()).containsEntry("signedOn", "2019-05-14"));
        Extraction frTalks = run("fr", "Le Groupe Altair et INTERPOL envisagent de signer un accord.");
        assertThat(x(frTalks, EntityType.Agreement)).isEmpty();
    }

    private static List<Entity> x(Extraction x, EntityType t) {
        return x.entities().stream().filter(e -> e.type() == t).toList();
    }

    @Test
    void speakersSpeakQuotedPeopleDoNot() {
        Extraction en = run("en", "The 5th Regional Cyber Conference will be held in Lyon (France) from 2 to 4 June 2019. "
                + "Lena Fischer will deliver a keynote at the conference. \"We welcome it,\" said Paul Okafor.");
        Entity ev = x(en, EntityType.Event).get(0);
        assertThat(ev.properties()).containsEntry("startsOn", "2019-06-02").containsEntry("endsOn", "2019-06-04");
        assertThat(fact(en, ev.name(), Relation.LOCATED_IN, "Lyon")).isPresent();
        assertThat(fact(en, "Lena Fischer", Relation.PARTICIPATES_IN, ev.name()))
                .hasValueSatisfying(f -> assertThat(f.properties()).containsEntry("role", "speaker"));
        assertThat(fact(en, "Paul Okafor", Relation.PARTICIPATES_IN, ev.name())).isEmpty();
    }

    @Test
    void datelineNeverPlacesAnOrganisation() {
        Extraction x = run("en", "MOSCOW (Russia) – Norvik Security Ltd and INTERPOL will cooperate on botnets.");
        assertThat(any(x, Relation.LOCATED_IN)).isFalse();
        assertThat(fact(x, "Norvik Security Ltd", Relation.COOPERATES_WITH, "INTERPOL")
                .or(() -> fact(x, "INTERPOL", Relation.COOPERATES_WITH, "Norvik Security Ltd"))).isPresent();
        Extraction y = run("fr", "Norvik Security Ltd, dont le siège est à Tromsø, travaille avec INTERPOL.");
        assertThat(fact(y, "Norvik Security Ltd", Relation.LOCATED_IN, "Tromsø")).isPresent();
    }

    @Test
    void centresBelongToTheirParentAndPlace() {
        Extraction en = run("en", "The Digital Forensics Unit, the technical arm of Europol, moved to The Hague. The IGCI in Singapore opened.");
        assertThat(fact(en, "Digital Forensics Unit", Relation.PART_OF, "Europol")).isPresent();
        assertThat(fact(en, "INTERPOL Global Complex for Innovation", Relation.LOCATED_IN, "Singapore")).isPresent();
        Extraction fr = run("fr", "Le Centre d'analyse numérique (CAN) de la Police fédérale belge sera installé à Bruxelles.");
        assertThat(x(fr, EntityType.Centre)).extracting(Entity::name).contains("Centre d'analyse numérique");
        assertThat(id(fr, "CAN")).isEqualTo(id(fr, "Centre d'analyse numérique"));
    }

    @Test
    void meetingsBetweenTwoPeople() {
        Extraction fr = run("fr", "OSLO (Norvège) – M. Jean-Paul Morel a rencontré Mme Ingrid Olsen pour parler de cybercriminalité.");
        List<Entity> ev = x(fr, EntityType.Event);
        assertThat(ev).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("meeting");
            assertThat(e.properties()).containsEntry("startsOn", "2019-05-14");
        });
        assertThat(fr.facts().stream().filter(f -> f.relation() == Relation.PARTICIPATES_IN)).hasSize(2);
    }
}
