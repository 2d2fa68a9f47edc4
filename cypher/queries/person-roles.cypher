// The roles a person holds or held.
// Example parameters (Neo4j Browser): :params {"id":"ronald-k-noble"}
MATCH (p:Person {
  id: $id
})-[r:HOLDS_ROLE]->(o:Entity)
RETURN {person: {id: p.id, type: p.type, name: p.name}, organisation: {id: o.id, type: o.type, name: o.name}, title: r.title, since: r.since, until: r.until, confidence: r.confidence, via: [], sources: [b IN [{ids: coalesce(r.sources, [])[0..20], quotes: coalesce(r.evidence, [])[0..20], methods: coalesce(r.methods, [])[0..20], confidences: coalesce(r.confidences, [])[0..20]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]} AS role ORDER BY coalesce(r.since, '') DESC, o.name ASC, r.key ASC
