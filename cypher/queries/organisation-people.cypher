// Who holds or held roles in an organisation or its units.
// Example parameters (Neo4j Browser): :params {"id":"interpol"}
MATCH u = (unit:Organisation)-[:PART_OF*0..2]->(c:Organisation {
  id: $id
})
MATCH (p:Person)-[r:HOLDS_ROLE]->(unit)
WITH p, r, unit AS o, u
RETURN {person: {id: p.id, type: p.type, name: p.name}, organisation: {id: o.id, type: o.type, name: o.name}, title: r.title, since: r.since, until: r.until, confidence: r.confidence, via: [x IN nodes(u) | {id: x.id, type: x.type, name: x.name}], sources: [si IN range(0, CASE WHEN size(coalesce(r.sources, [])) > 20 THEN 20 ELSE size(coalesce(r.sources, [])) END - 1) | {id: r.sources[si], quote: r.evidence[si], method: r.methods[si], confidence: r.confidences[si]}]} AS role ORDER BY r.until IS NULL DESC, coalesce(r.since, '') DESC, p.name ASC, o.id ASC
