// Who supports a centre, directly or through its units (PART_OF up to 3 levels).
// Example parameters (Neo4j Browser): :params {"id":"igci","asOf":null}
MATCH p = (unit:Organisation)-[:PART_OF*0..3]->(c:Organisation {
  id: $id
})
MATCH (s:Organisation)-[r:SUPPORTS|PROVIDES_EXPERTS_TO]->(unit)
WHERE $asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf))
RETURN {id: s.id, type: s.type, name: s.name, kind: s.kind} AS supporter, type(r) AS relation, r {.kind} AS properties, r.since AS since, r.until AS until, r.confidence AS confidence, [x IN nodes(p) | {id: x.id, type: x.type, name: x.name}] AS via, [b IN [{ids: coalesce(r.sources, [])[0..20], quotes: coalesce(r.evidence, [])[0..20], methods: coalesce(r.methods, [])[0..20], confidences: coalesce(r.confidences, [])[0..20]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0] AS sources ORDER BY s.name ASC, s.id ASC, type(r) ASC, length(p) ASC, unit.id ASC
