package org.coopgraph.query;

import org.coopgraph.store.Graph;
import org.coopgraph.store.Model.EntityNode;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.Record;

import java.util.List;
import java.util.Map;

/** Who holds or held which role: from a person's side, or from an organisation's (units included). */
public final class Roles {

    /** One role; {@code via} is the unit path when the role is in a unit of the organisation asked. */
    public record Role(EntityRef person, EntityRef organisation, String title, String since, String until,
                       boolean current, Double confidence, List<EntityRef> via, List<Source> sources) {
    }

    public record PersonRoles(EntityRef person, List<Role> roles) {
    }

    public record OrganisationPeople(EntityRef organisation, List<Role> people) {
    }

    static final Statement OF_PERSON = Cypher.match(EntityNode.PERSON.named("p").withProperties("id", Cypher.parameter("id"))
                    .relationshipTo(EntityNode.ENTITY.named("o"), "HOLDS_ROLE").named("r"))
            .returning(row("[]"))
            .orderBy(Cypher.raw("coalesce(r.since, '')").descending(), Cypher.raw("o.name").ascending(),
                    Cypher.raw("r.key").ascending())
            .build();

    static final Statement OF_ORGANISATION = Cypher.match(Cypher.path("u").definedBy(
                    EntityNode.ORGANISATION.named("unit").relationshipTo(
                            EntityNode.ORGANISATION.named("c").withProperties("id", Cypher.parameter("id")), "PART_OF")
                            .length(0, 2)))
            .match(EntityNode.PERSON.named("p").relationshipTo(Cypher.anyNode("unit"), "HOLDS_ROLE").named("r"))
            .with(Cypher.name("p"), Cypher.name("r"), Cypher.raw("unit").as("o"), Cypher.name("u"))
            .returning(row("[x IN nodes(u) | {id: x.id, type: x.type, name: x.name}]"))
            .orderBy(Cypher.raw("r.until IS NULL").descending(), Cypher.raw("coalesce(r.since, '')").descending(),
                    Cypher.raw("p.name").ascending(), Cypher.raw("o.id").ascending())
            .build();

    private final Graph graph;

    public Roles(Graph graph) {
        this.graph = graph;
    }

    public PersonRoles ofPerson(String personId) {
        EntityRef person = Lookups.typed(graph, personId, "Person", "no person with id '" + personId + "'");
        return new PersonRoles(person, Cyphers.read(graph, OF_PERSON, Map.of("id", personId), Roles::toRole, ""));
    }

    public OrganisationPeople ofOrganisation(String organisationId) {
        EntityRef org = Lookups.organisation(graph, organisationId);
        return new OrganisationPeople(org, Cyphers.read(graph, OF_ORGANISATION, Map.of("id", organisationId),
                Roles::toRole, ""));
    }

    private static org.neo4j.cypherdsl.core.Expression row(String via) {
        return Cypher.raw("{person: {id: p.id, type: p.type, name: p.name}, organisation: {id: o.id, type: o.type, "
                + "name: o.name}, title: r.title, since: r.since, until: r.until, confidence: r.confidence, via: "
                + via + ", sources: $E}", Cyphers.sources("r")).as("role");
    }

    private static Role toRole(Record rec) {
        var r = rec.get("role");
        String until = r.get("until").asString(null);
        return new Role(EntityRef.of(r.get("person")), EntityRef.of(r.get("organisation")), r.get("title").asString(null),
                r.get("since").asString(null), until, until == null, Values.doubleOrNull(r.get("confidence")),
                r.get("via").asList(EntityRef::of), Source.list(r.get("sources")));
    }
}
