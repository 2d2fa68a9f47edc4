// Every supporter x supported pair, by supporter kind and date.
// Example parameters (Neo4j Browser): :params {"kind":"company","asOf":null,"skip":0,"limit":50}
MATCH (s:Organisation)-[r:SUPPORTS|PROVIDES_EXPERTS_TO]->(c:Organisation)
WHERE ($kind IS NULL OR s.kind = $kind) AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
WITH s, c, collect({relation: type(r), properties: r {.kind}, since: r.since, until: r.until, confidence: r.confidence, sources: [si IN range(0, CASE WHEN size(coalesce(r.sources, [])) > 20 THEN 20 ELSE size(coalesce(r.sources, [])) END - 1) | {id: r.sources[si], quote: r.evidence[si], method: r.methods[si], confidence: r.confidences[si]}]}) AS links
RETURN {supporter: {id: s.id, type: s.type, name: s.name}, supporterKind: s.kind, supported: {id: c.id, type: c.type, name: c.name}, links: links} AS pair ORDER BY s.name ASC, s.id ASC, c.name ASC, c.id ASC SKIP $skip LIMIT $limit
