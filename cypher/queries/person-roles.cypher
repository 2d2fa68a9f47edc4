// The roles a person holds or held.
// Example parameters (Neo4j Browser): :params {"id":"ronald-k-noble"}
MATCH (p:Person {
  id: $id
})-[r:HOLDS_ROLE]->(o:Entity)
RETURN {person: {id: p.id, type: p.type, name: p.name}, organisation: {id: o.id, type: o.type, name: o.name}, title: r.title, since: r.since, until: r.until, confidence: r.confidence, via: [], sources: [si IN range(0, CASE WHEN size(coalesce(r.sources, [])) > 20 THEN 20 ELSE size(coalesce(r.sources, [])) END - 1) | {id: r.sources[si], quote: r.evidence[si], method: r.methods[si], confidence: r.confidences[si]}]} AS role ORDER BY coalesce(r.since, '') DESC, o.name ASC, r.key ASC
