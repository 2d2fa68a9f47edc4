// Who supports a centre, directly or through its units (PART_OF up to 3 levels).
// Example parameters (Neo4j Browser): :params {"id":"igci","asOf":null}
MATCH p = (unit:Organisation)-[:PART_OF*0..3]->(c:Organisation {
  id: $id
})
MATCH (s:Organisation)-[r:SUPPORTS|PROVIDES_EXPERTS_TO]->(unit)
WHERE $asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf))
RETURN {id: s.id, type: s.type, name: s.name, kind: s.kind} AS supporter, type(r) AS relation, r {.kind} AS properties, r.since AS since, r.until AS until, r.confidence AS confidence, [x IN nodes(p) | {id: x.id, type: x.type, name: x.name}] AS via, [si IN range(0, CASE WHEN size(coalesce(r.sources, [])) > 20 THEN 20 ELSE size(coalesce(r.sources, [])) END - 1) | {id: r.sources[si], quote: r.evidence[si], method: r.methods[si], confidence: r.confidences[si]}] AS sources ORDER BY s.name ASC, s.id ASC, type(r) ASC, length(p) ASC, unit.id ASC
