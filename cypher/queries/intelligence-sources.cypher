// Whose intelligence reaches a country, and through whom.
// Example parameters (Neo4j Browser): :params {"country":"FR","asOf":"2025-01-01"}
MATCH (c:Country {
  id: $country
})
CALL {
  WITH c
  MATCH (c)-[m:MEMBER_OF]->(target)<-[d:DISSEMINATES_TO]-(hub)
  WHERE d.scope = 'members' AND (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf) AND (d.since IS NULL OR d.since <= $asOf) AND (d.until IS NULL OR d.until >= $asOf)
  RETURN hub, d, m, target UNION
  WITH c
  MATCH (c)<-[d:DISSEMINATES_TO]-(hub)
  WHERE (d.since IS NULL OR d.since <= $asOf) AND (d.until IS NULL OR d.until >= $asOf)
  RETURN hub, d, null AS m, c AS target
}
MATCH p = (src:Organisation)-[:PROVIDES_INTELLIGENCE_TO|DISSEMINATES_TO*0..3]->(hub)
WHERE all(x IN relationships(p) WHERE (x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf))
WITH c, src, p, d, m, hub, target ORDER BY length(p) ASC, [x IN nodes(p) | x.id] ASC
WITH c, src, head(collect({p: p, d: d, m: m, hub: hub, target: target})) AS best
RETURN {source: {id: src.id, type: src.type, name: src.name}, path: [x IN nodes(best.p) | x.id] + CASE WHEN best.target <> best.hub AND NOT best.target:Country THEN [best.target.id] ELSE [] END + [c.id], through: [x IN tail(nodes(best.p)) | {id: x.id, type: x.type, name: x.name}], steps: [x IN relationships(best.p) | {from: startNode(x).id, to: endNode(x).id, relation: type(x), properties: x {.scope, .kind}, since: x.since, until: x.until, sources: [b IN [{ids: coalesce(x.sources, [])[0..20], quotes: coalesce(x.evidence, [])[0..20], methods: coalesce(x.methods, [])[0..20], confidences: coalesce(x.confidences, [])[0..20]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]}] + [d IN [best.d] | {from: startNode(d).id, to: endNode(d).id, relation: type(d), properties: d {.scope, .kind}, since: d.since, until: d.until, sources: [b IN [{ids: coalesce(d.sources, [])[0..20], quotes: coalesce(d.evidence, [])[0..20], methods: coalesce(d.methods, [])[0..20], confidences: coalesce(d.confidences, [])[0..20]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]}] + [m IN CASE WHEN best.m IS NULL THEN [] ELSE [best.m] END | {from: startNode(m).id, to: endNode(m).id, relation: type(m), properties: m {.scope, .kind}, since: m.since, until: m.until, sources: [b IN [{ids: coalesce(m.sources, [])[0..20], quotes: coalesce(m.evidence, [])[0..20], methods: coalesce(m.methods, [])[0..20], confidences: coalesce(m.confidences, [])[0..20]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]}]} AS row ORDER BY size(row.path) ASC, src.name ASC, src.id ASC
