// Who holds or held roles in an organisation or its units.
// Example parameters (Neo4j Browser): :params {"id":"interpol"}
MATCH u = (unit:Organisation)-[:PART_OF*0..2]->(c:Organisation {
  id: $id
})
MATCH (p:Person)-[r:HOLDS_ROLE]->(unit)
WITH p, r, unit AS o, u
RETURN {person: {id: p.id, type: p.type, name: p.name}, organisation: {id: o.id, type: o.type, name: o.name}, title: r.title, since: r.since, until: r.until, confidence: r.confidence, via: [x IN nodes(u) | {id: x.id, type: x.type, name: x.name}], sources: [b IN [{ids: coalesce(r.sources, [])[0..20], quotes: coalesce(r.evidence, [])[0..20], methods: coalesce(r.methods, [])[0..20], confidences: coalesce(r.confidences, [])[0..20]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]} AS role ORDER BY r.until IS NULL DESC, coalesce(r.since, '') DESC, p.name ASC, o.id ASC
