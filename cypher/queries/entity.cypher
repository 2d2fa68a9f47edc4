// An entity with its facts in both directions and their sources.
// Example parameters (Neo4j Browser): :params {"id":"igci","max":500}
MATCH (n:Entity {
  id: $id
})
CALL {
  WITH n
  MATCH (n)-[r]-(m:Entity)
  WITH n, r, m ORDER BY type(r) ASC, m.name ASC, m.id ASC LIMIT $max
  RETURN collect({relation: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END, other: {id: m.id, type: m.type, name: m.name}, properties: r {.title, .kind, .scope, .role}, since: r.since, until: r.until, confidence: r.confidence, sources: [si IN range(0, CASE WHEN size(coalesce(r.sources, [])) > 20 THEN 20 ELSE size(coalesce(r.sources, [])) END - 1) | {id: r.sources[si], quote: r.evidence[si], method: r.methods[si], confidence: r.confidences[si]}]}) AS facts
}
RETURN n {.*} AS node, COUNT { (:Release)-[:MENTIONS]->(n) } AS mentions, facts
