package org.coopgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * An entity as extracted from a release or written in a curated bundle.
 *
 * @param id         readable slug (countries: ISO 3166-1 alpha-2)
 * @param kind       organisation kind (company, international_organisation, police_agency,
 *                   government_agency, research_organisation, association, other), centre kind,
 *                   event kind (meeting, conference, training, operation, ceremony), agreement kind
 * @param country    ISO2 code where the entity is based, when stated
 * @param properties type-specific properties: startsOn, endsOn, place (events); signedOn,
 *                   durationYears (agreements)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Entity(String id, EntityType type, String name, List<String> aliases, String kind,
                     String country, Map<String, Object> properties) {

    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
