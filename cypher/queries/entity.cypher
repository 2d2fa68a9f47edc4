// An entity with its facts in both directions and their sources.
// Example parameters (Neo4j Browser): :params {"id":"igci","max":500}
MATCH (n:Entity {
  id: $id
})
CALL {
  WITH n
  MATCH (n)-[r]-(m:Entity)
  WITH n, r, m ORDER BY type(r) ASC, m.name ASC, m.id ASC LIMIT $max
  RETURN collect({relation: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END, other: {id: m.id, type: m.type, name: m.name}, properties: r {.title, .kind, .scope, .role}, since: r.since, until: r.until, confidence: r.confidence, sources: [b IN [{ids: coalesce(r.sources, [])[0..20], quotes: coalesce(r.evidence, [])[0..20], methods: coalesce(r.methods, [])[0..20], confidences: coalesce(r.confidences, [])[0..20]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]}) AS facts
}
RETURN n {.*} AS node, COUNT { (:Release)-[:MENTIONS]->(n) } AS mentions, facts
