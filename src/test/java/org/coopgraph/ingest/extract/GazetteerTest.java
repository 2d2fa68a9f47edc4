package org.coopgraph.ingest.extract;

import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    @Test
    void referenceKnowsCountriesInBothLanguagesAndShortForms() {
        Gazetteer g = Gazetteer.reference();
        assertThat(g.lookup("Pays-Bas")).map(Entity::id).contains("NL");
        assertThat(g.lookup("the Netherlands")).map(Entity::id).contains("NL");
        assertThat(g.lookup("ETATS UNIS")).map(Entity::id).contains("US");
        assertThat(g.lookup("Corée du Sud")).map(Entity::id).contains("KR");
        assertThat(g.lookup("Russia")).map(Entity::id).contains("RU");
        assertThat(g.lookup("UK")).map(Entity::id).contains("GB");
    }

    @Test
    void referenceKnowsWellKnownBodiesByAcronymAndTranslation() {
        Gazetteer g = Gazetteer.reference();
        assertThat(g.lookup("cmii")).map(Entity::id).contains("igci");
        assertThat(g.lookup("Complexe mondial INTERPOL pour l’innovation")).map(Entity::id).contains("igci");
        assertThat(g.lookup("EC3")).map(Entity::type).contains(EntityType.Centre);
        assertThat(g.lookup("Interpol")).map(Entity::kind).contains("international_organisation");
        assertThat(g.lookup("Nowhere Agency")).isEmpty();
    }

    @Test
    void graphEntitiesAddAndPeopleMatchWithinTwoEdits() {
        Entity person = new Entity("maria-gonzalez", EntityType.Person, "Maria Gonzalez", List.of(), null, null, Map.of());
        Entity firm = new Entity("brightwall", EntityType.Organisation, "Brightwall Systems", List.of("Brightwall"), "company",
                "DE", Map.of());
        Gazetteer g = Gazetteer.reference().learn(List.of(person, firm));
        assertThat(g.lookup("brightwall")).map(Entity::id).contains("brightwall");
        assertThat(g.lookup("Mariah Gonzalez")).map(Entity::id).contains("maria-gonzalez");
        assertThat(g.lookup("Pedro Gonzalez")).isEmpty();
        assertThat(Gazetteer.of(List.of(firm)).lookup("France")).isEmpty();
    }
}
