package org.coopgraph.ingest;

import org.coopgraph.Hashes;
import org.coopgraph.model.Country;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Evidence;
import org.coopgraph.model.Extraction;
import org.coopgraph.model.Fact;
import org.coopgraph.model.Relation;
import org.coopgraph.model.ReleaseMeta;
import org.coopgraph.store.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reference data every graph starts with, loaded idempotently: all ISO 3166-1 countries (English
 * and French names from the JDK's locale data) and INTERPOL's member countries, the latter as a
 * source like any other so that every MEMBER_OF fact says where it comes from.
 */
public final class ReferenceData {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceData.class);
    static final String MEMBERS_RESOURCE = "/reference/interpol-members.csv";
    public static final String MEMBERS_RELEASE_ID = "reference-interpol-members";
    public static final String INTERPOL_ID = "interpol";

    private static final String MERGE_COUNTRIES = """
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.iso2})
            ON CREATE SET n.createdAt = datetime()
            SET n:Country, n.type = 'Country', n.name = row.name, n.nameKey = row.nameKey,
                n.iso2 = row.iso2, n.iso3 = row.iso3, n.nameFr = row.nameFr, n.reference = true,
                n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases |
                    CASE WHEN a IN acc THEN acc ELSE acc + a END)
            SET n.aliasText = reduce(s = '', a IN n.aliases | s + a + ' ; ')
            WITH n WHERE n.updatedAt IS NULL
            SET n.updatedAt = datetime()""";

    private ReferenceData() {
    }

    /** Loads countries, then INTERPOL's member list; running it again changes nothing. */
    public static void load(Graph graph, Importer importer) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Country c : Country.all()) {
            Map<String, Object> row = new HashMap<>();
            row.put("iso2", c.iso2());
            row.put("iso3", c.iso3());
            row.put("name", c.name());
            row.put("nameFr", c.nameFr());
            row.put("nameKey", org.coopgraph.ingest.text.Normalise.key(c.name()));
            row.put("aliases", c.aliases());
            rows.add(row);
        }
        int created = graph.write(tx -> tx.run(MERGE_COUNTRIES, Map.of("rows", rows)).consume()
                .counters().nodesCreated());
        var outcome = importer.importExtraction(MEMBERS_RESOURCE, membersDocument(), membersExtraction(), "reference")
                .outcome();
        LOG.info("Reference data: {} countries ({} new); INTERPOL members {}", rows.size(), created,
                outcome.status().name().toLowerCase());
    }

    /** The member list as a release: its text is the reference file itself. */
    static ReleaseDocument membersDocument() {
        String text = membersText();
        Map<String, String> header = header(text);
        ReleaseMeta meta = new ReleaseMeta(MEMBERS_RELEASE_ID,
                "INTERPOL member countries (reference list, as of " + header.get("as-of") + ")",
                header.get("as-of"), "en", header.get("source"));
        return new ReleaseDocument(meta, text, Hashes.sha256(text));
    }

    /** One MEMBER_OF fact per line, the line itself as evidence. */
    static Extraction membersExtraction() {
        String text = membersText();
        Set<String> known = Country.all().stream().map(Country::iso2).collect(Collectors.toSet());
        List<Fact> facts = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        entities.add(interpol());
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int start = offset;
            offset += line.length() + 1;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("iso2")) {
                continue;
            }
            String[] parts = l.split(",", -1);
            String iso2 = parts[0].trim();
            if (!known.contains(iso2)) {
                throw new IllegalStateException("unknown country code in " + MEMBERS_RESOURCE + ": " + iso2);
            }
            String joined = parts.length > 1 && !parts[1].isBlank() ? parts[1].trim() : null;
            facts.add(new Fact(iso2, Relation.MEMBER_OF, INTERPOL_ID, Map.of(), joined, null, 1.0,
                    "reference", new Evidence(line, start, start + line.length())));
        }
        Country.all().stream().filter(c -> facts.stream().anyMatch(f -> f.subject().equals(c.iso2())))
                .forEach(c -> entities.add(c.toEntity()));
        String count = header(text).get("count");
        if (count != null && Integer.parseInt(count) != facts.size()) {
            throw new IllegalStateException(MEMBERS_RESOURCE + " says count " + count + " but lists " + facts.size());
        }
        return new Extraction(null, entities, facts);
    }

    static Entity interpol() {
        return new Entity(INTERPOL_ID, EntityType.Organisation, "INTERPOL",
                List.of("ICPO-INTERPOL", "International Criminal Police Organization",
                        "Organisation internationale de police criminelle", "OIPC-INTERPOL"),
                "international_organisation", "FR", Map.of());
    }

    /** The {@code # key: value} comment lines at the top of the reference file. */
    static Map<String, String> header(String text) {
        Map<String, String> out = new HashMap<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.put(line.substring(1, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return out;
    }

    private static String membersText() {
        try (InputStream in = ReferenceData.class.getResourceAsStream(MEMBERS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MEMBERS_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
