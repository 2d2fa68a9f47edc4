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

/**
 * The structural rules added for recall: French head-first names, roles from verbs and
 * successions, canonical titles, coordinated subjects and objects, PART_OF / LOCATED_IN /
 * MEMBER_OF from appositions and relatives, events (speakers, participants, hosts, places),
 * and one fact per pair for supports. Sentences written for these tests, positive and negative,
 * English and French; the organisations and people are invented.
 */
class ExtractorStructureRulesTest {

    private static final Extractor EXTRACTOR = new Extractor(Gazetteer.reference());

    private static Extraction run(String lang, String body) {
        return EXTRACTOR.extract(new ReleaseDocument(new ReleaseMeta("r-test", "t", "2021-06-08", lang, null), body, "x"));
    }

    private static String id(Extraction x, String name) {
        String k = org.coopgraph.ingest.text.Normalise.key(name);
        return x.entities().stream().filter(e -> org.coopgraph.ingest.text.Normalise.key(e.name()).equals(k)
                        || e.aliases().stream().anyMatch(a -> org.coopgraph.ingest.text.Normalise.key(a).equals(k)))
                .map(Entity::id).findFirst().orElse("?" + name);
    }

    private static Optional<Fact> fact(Extraction x, String s, Relation r, String o) {
        String si = id(x, s);
        String oi = id(x, o);
        return x.facts().stream().filter(f -> f.relation() == r && f.subject().equals(si) && f.object().equals(oi)).findFirst();
    }

    private static List<Fact> all(Extraction x, Relation r) {
        return x.facts().stream().filter(f -> f.relation() == r).toList();
    }

    private static List<Entity> of(Extraction x, EntityType t) {
        return x.entities().stream().filter(e -> e.type() == t).toList();
    }

    // ---- names --------------------------------------------------------------------------------------

    @Test
    void frenchHeadFirstNamesKeepTheirComplements() {
        // (names that take part in no fact are dropped, so each one here is in a support fact)
        Extraction x = run("fr", "L'Office anti-fraude numérique (OAFN) soutiendra le Centre national de lutte contre la "
                + "fraude en ligne. La Direction régionale de la police judiciaire soutiendra aussi l'OAFN.");
        assertThat(x(x)).contains("Office anti-fraude numérique", "Direction régionale de la police judiciaire");
        assertThat(x.entities()).extracting(Entity::name).contains("Centre national de lutte contre la fraude en ligne");
        assertThat(id(x, "OAFN")).isEqualTo(id(x, "Office anti-fraude numérique"));
        // a verb after the head's adjective ends the name
        Extraction y = run("fr", "La Gendarmerie nationale forme des enquêteurs étrangers.");
        assertThat(x(y)).doesNotContain("Gendarmerie nationale forme");
    }

    private static List<String> x(Extraction x) {
        return x.entities().stream().map(Entity::name).toList();
    }

    @Test
    void aKnownNameInsideARunIsNotSwallowed() {
        Extraction x = run("en", "Representatives of Europol and Eurojust attended the Harbour Security Conference.");
        assertThat(x(x)).doesNotContain("Representatives of Europol and Eurojust").contains("Europol", "Eurojust");
        Extraction y = run("en", "Lena Fischer, Director of the Fraud Analysis Division of the FBI, spoke.");
        assertThat(fact(y, "Fraud Analysis Division", Relation.PART_OF, "FBI")).isPresent();
        assertThat(fact(y, "Lena Fischer", Relation.HOLDS_ROLE, "Fraud Analysis Division")).isPresent();
    }

    // ---- roles ----------------------------------------------------------------------------------------

    @Test
    void titlesAreCanonicalEnglishWithTheStatedWordsBeside() {
        Extraction fr = run("fr", "Le Secrétaire général de l'Agence nordique de cybersécurité, M. Olav Lund, a signé. "
                + "M. Pierre Vidal, fondateur et PDG de la société Altair Numérique, était présent.");
        assertThat(fact(fr, "Olav Lund", Relation.HOLDS_ROLE, "Agence nordique de cybersécurité")).hasValueSatisfying(f -> {
            assertThat(f.properties()).containsEntry("title", "Secretary General").containsEntry("titleAsStated", "Secrétaire général");
        });
        assertThat(all(fr, Relation.HOLDS_ROLE)).anySatisfy(f -> assertThat(f.properties()).containsEntry("title", "Founder and CEO"));
        Extraction en = run("en", "Olav Lund, Secretary General of the Nordic Cyber Agency, opened the meeting.");
        assertThat(all(en, Relation.HOLDS_ROLE)).singleElement()
                .satisfies(f -> assertThat(f.key()).isEqualTo("Secretary General"));
        assertThat(Titles.canonical("Directrice exécutive")).isEqualTo("Executive Director");
        assertThat(Titles.canonical("commissaire")).isEqualTo("Commissioner");
        assertThat(Titles.canonical("chef")).isEqualTo("Head");
        assertThat(Titles.canonical("Chief Growth Hacker")).isEqualTo("Chief Growth Hacker");
    }

    @Test
    void rolesFromTitlesWithComplementsAndTrailingOrganisations() {
        Extraction x = run("en", "\"We act fast,\" said Mara Quist, Director of Threat Research for Europe at Norvik Security Ltd. "
                + "Brenda Hale, Europol Head of Operations, agreed.");
        assertThat(fact(x, "Mara Quist", Relation.HOLDS_ROLE, "Norvik Security Ltd"))
                .hasValueSatisfying(f -> assertThat(f.properties().get("title")).isEqualTo("Director of Threat Research for Europe"));
        Extraction fr = run("fr", "« Nous avançons », a déclaré la commissaire de la Police cantonale vaudoise, Anne Morel.");
        assertThat(fact(fr, "Anne Morel", Relation.HOLDS_ROLE, "Police cantonale vaudoise"))
                .hasValueSatisfying(f -> assertThat(f.properties().get("title")).isEqualTo("Commissioner"));
    }

    @Test
    void rolesFromAppointmentsCopulasAndSuccessions() {
        Extraction en = run("en", "The Nordic Cyber Agency announced the appointment of Karl Berg as Director of the Nordic Cyber Agency. "
                + "He succeeds Eva Lind, who served in the post from 2015 until 2021.");
        assertThat(fact(en, "Karl Berg", Relation.HOLDS_ROLE, "Nordic Cyber Agency"))
                .hasValueSatisfying(f -> assertThat(f.since()).isEqualTo("2021"));
        assertThat(fact(en, "Eva Lind", Relation.HOLDS_ROLE, "Nordic Cyber Agency")).hasValueSatisfying(f -> {
            assertThat(f.properties()).containsEntry("past", true).containsEntry("title", "Director");
            assertThat(f.until()).isEqualTo("2021");
        });
        Extraction fr = run("fr", "Mme Claire Dumas a été nommée directrice exécutive de l'Agence nordique de cybersécurité. "
                + "Elle succède à M. Paul Roy, qui a quitté l'agence en 2020. Mme Dumas était auparavant cheffe de la Brigade fluviale.");
        assertThat(fact(fr, "Claire Dumas", Relation.HOLDS_ROLE, "Agence nordique de cybersécurité"))
                .hasValueSatisfying(f -> assertThat(f.properties().get("title")).isEqualTo("Executive Director"));
        assertThat(fact(fr, "Paul Roy", Relation.HOLDS_ROLE, "Agence nordique de cybersécurité"))
                .hasValueSatisfying(f -> assertThat(f.properties()).containsEntry("past", true));
        assertThat(fact(fr, "Claire Dumas", Relation.HOLDS_ROLE, "Brigade fluviale"))
                .hasValueSatisfying(f -> assertThat(f.properties()).containsEntry("past", true));
        // no role without a title word between the person and the organisation
        Extraction neg = run("en", "Karl Berg visited the Nordic Cyber Agency on Monday.");
        assertThat(all(neg, Relation.HOLDS_ROLE)).isEmpty();
    }

    // ---- coordination ---------------------------------------------------------------------------------

    @Test
    void coordinatedObjectsAndSubjects() {
        Extraction en = run("en", "The Nordic Cyber Agency worked closely with Europol, the FBI and the National Crime Agency.");
        assertThat(all(en, Relation.COOPERATES_WITH)).hasSize(3);
        Extraction fr = run("fr", "L'Agence nordique de cybersécurité a travaillé avec la National Crime Agency (NCA) du Royaume-Uni, "
                + "Europol et le Federal Bureau of Investigation (FBI) américain.");
        assertThat(all(fr, Relation.COOPERATES_WITH)).hasSize(3);
        Extraction subj = run("en", "Three partners, Norvik Security Ltd, Altair Group and Brightwater Labs Inc, supplied threat "
                + "intelligence to INTERPOL.");
        assertThat(all(subj, Relation.PROVIDES_INTELLIGENCE_TO)).hasSize(3);
        // a list after "such as" continues; an unrelated clause does not
        Extraction neg = run("en", "The Nordic Cyber Agency worked with Europol. Eurojust opened an office.");
        assertThat(all(neg, Relation.COOPERATES_WITH)).hasSize(1);
        Extraction talks = run("fr", "Altair Numérique et Europol ont annoncé leur intention d'étudier une collaboration.");
        assertThat(all(talks, Relation.COOPERATES_WITH)).isEmpty();
    }

    // ---- parts, places, members -------------------------------------------------------------------------

    @Test
    void partsFromRelativesPossessivesAndFrontedParticiples() {
        Extraction en = run("en", "The Fraud Analysis Unit, which is part of Europol, grew. INTERPOL's General Secretariat in Lyon "
                + "was renovated. Talos, Cisco's threat intelligence organization, briefed investigators.");
        assertThat(fact(en, "Fraud Analysis Unit", Relation.PART_OF, "Europol")).isPresent();
        assertThat(fact(en, "General Secretariat", Relation.PART_OF, "INTERPOL")).isPresent();
        assertThat(fact(en, "General Secretariat", Relation.LOCATED_IN, "Lyon")).isPresent();
        assertThat(fact(en, "Talos", Relation.PART_OF, "Cisco Systems")).isPresent();
        Extraction fr = run("fr", "Rattaché à la Direction régionale de la police judiciaire, l'Office anti-fraude numérique (OAFN) "
                + "a été créé en 2020. Le Centre d'analyse fluviale (CAF), qui relève de l'OAFN, est basé à Rouen.");
        assertThat(fact(fr, "Office anti-fraude numérique", Relation.PART_OF, "Direction régionale de la police judiciaire")).isPresent();
        assertThat(fact(fr, "Centre d'analyse fluviale", Relation.PART_OF, "Office anti-fraude numérique")).isPresent();
        assertThat(fact(fr, "Centre d'analyse fluviale", Relation.LOCATED_IN, "Rouen")).isPresent();
        // two organisations side by side are not parts of each other
        Extraction neg = run("en", "Europol and Eurojust met in Brussels.");
        assertThat(all(neg, Relation.PART_OF)).isEmpty();
    }

    @Test
    void placesFromHeadquartersAndBasedIn() {
        Extraction en = run("en", "Europol, headquartered in The Hague, grew. The Fraud Analysis Unit, based at the INTERPOL Global "
                + "Complex for Innovation in Singapore, opened.");
        assertThat(fact(en, "Europol", Relation.LOCATED_IN, "The Hague")).isPresent();
        assertThat(fact(en, "INTERPOL Global Complex for Innovation", Relation.LOCATED_IN, "Singapore")).isPresent();
        assertThat(fact(en, "Fraud Analysis Unit", Relation.LOCATED_IN, "Singapore")).isPresent();
        Extraction fr = run("fr", "Europol, établi à La Haye, emploie 1 000 personnes. Les agents se sont réunis au siège d'Eurojust "
                + "à La Haye.");
        assertThat(fact(fr, "Europol", Relation.LOCATED_IN, "La Haye")).isPresent();
        assertThat(fact(fr, "Eurojust", Relation.LOCATED_IN, "La Haye")).isPresent();
        Extraction neg = run("fr", "LYON (France) – Europol a publié un rapport.");
        assertThat(all(neg, Relation.LOCATED_IN)).isEmpty();
    }

    @Test
    void membership() {
        Extraction en = run("en", "Norway, which has been a member country of INTERPOL since 1956, hosted the meeting.");
        assertThat(fact(en, "Norway", Relation.MEMBER_OF, "INTERPOL")).hasValueSatisfying(f -> assertThat(f.since()).isEqualTo("1956"));
        Extraction fr = run("fr", "La Norvège est membre d'INTERPOL depuis 1956.");
        assertThat(fact(fr, "Norvège", Relation.MEMBER_OF, "INTERPOL")).isPresent();
        Extraction neg = run("en", "Norway is not a member of Europol.");
        assertThat(all(neg, Relation.MEMBER_OF)).isEmpty();
    }

    // ---- events -------------------------------------------------------------------------------------------

    @Test
    void eventsSpeakersParticipantsHostsAndPlaces() {
        Extraction en = run("en", "The Harbour Security Conference, which the Nordic Cyber Agency hosted in Oslo, closed today. "
                + "Opening the conference, Karl Berg said that ports were exposed. Eva Lind addressed the delegates. "
                + "Representatives of Europol and Eurojust attended the conference. "
                + "\"We agree,\" Paul Roy said in a written statement.");
        Entity ev = of(en, EntityType.Event).get(0);
        assertThat(fact(en, "Nordic Cyber Agency", Relation.HOSTS, ev.name())).isPresent();
        assertThat(fact(en, ev.name(), Relation.LOCATED_IN, "Oslo")).isPresent();
        assertThat(fact(en, "Karl Berg", Relation.PARTICIPATES_IN, ev.name()))
                .hasValueSatisfying(f -> assertThat(f.properties()).containsEntry("role", "speaker"));
        assertThat(fact(en, "Eva Lind", Relation.PARTICIPATES_IN, ev.name())).isPresent();
        assertThat(fact(en, "Europol", Relation.PARTICIPATES_IN, ev.name())).isPresent();
        assertThat(fact(en, "Eurojust", Relation.PARTICIPATES_IN, ev.name())).isPresent();
        assertThat(fact(en, "Paul Roy", Relation.PARTICIPATES_IN, ev.name())).isEmpty();

        Extraction fr = run("fr", "Le 5e Colloque portuaire de sécurité, organisé cette année par Europol, s'est tenu à Rotterdam. "
                + "M. Karl Berg a prononcé une allocution. Des représentants de la société Altair Numérique ont participé à une table ronde. "
                + "La prochaine édition sera organisée par Eurojust.");
        Entity fe = of(fr, EntityType.Event).get(0);
        assertThat(fact(fr, "Europol", Relation.HOSTS, fe.name())).isPresent();
        assertThat(fact(fr, "Eurojust", Relation.HOSTS, fe.name())).isEmpty();
        assertThat(fact(fr, fe.name(), Relation.LOCATED_IN, "Rotterdam")).isPresent();
        assertThat(fact(fr, "Karl Berg", Relation.PARTICIPATES_IN, fe.name()))
                .hasValueSatisfying(f -> assertThat(f.properties()).containsEntry("role", "speaker"));
        assertThat(all(fr, Relation.PARTICIPATES_IN)).anySatisfy(f -> assertThat(f.properties()).containsEntry("role", "participant"));
    }

    // ---- supports -------------------------------------------------------------------------------------------

    @Test
    void oneSupportFactPerPairWithTheMostSpecificKindAndTheSince() {
        Extraction x = run("en", "Norvik Security Ltd will support Europol. Norvik Security Ltd donated servers and equipment to "
                + "Europol. The company has supported Europol since 2016.");
        assertThat(all(x, Relation.SUPPORTS)).singleElement().satisfies(f -> {
            assertThat(f.properties()).containsEntry("kind", "equipment");
            assertThat(f.since()).isEqualTo("2016");
        });
        Extraction passive = run("en", "The Fraud Analysis Unit is funded from Europol's budget.");
        assertThat(all(passive, Relation.SUPPORTS)).isEmpty();
        Extraction fr = run("fr", "Le gouvernement de la Norvège a contribué financièrement au Centre d'analyse fluviale depuis 2019.");
        assertThat(all(fr, Relation.SUPPORTS)).allSatisfy(f -> assertThat(f.properties()).containsEntry("kind", "financial"));
    }

    @Test
    void trainingForPeopleFromCountries() {
        Extraction en = run("en", "Norvik Security Ltd ran a course for 20 officers from Kenya, Ghana and Uganda.");
        assertThat(all(en, Relation.PROVIDES_TRAINING_TO)).hasSize(3);
        Extraction fr = run("fr", "Les experts de la société Altair Numérique ont formé des policiers du Maroc et de la Tunisie.");
        assertThat(all(fr, Relation.PROVIDES_TRAINING_TO)).hasSize(2);
        Extraction neg = run("en", "Norvik Security Ltd opened an office in Kenya.");
        assertThat(all(neg, Relation.PROVIDES_TRAINING_TO)).isEmpty();
    }
}
