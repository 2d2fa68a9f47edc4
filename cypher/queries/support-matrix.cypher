// Every supporter x supported pair, by supporter kind and date.
// Example parameters (Neo4j Browser): :params {"kind":"company","asOf":null,"skip":0,"limit":50}
MATCH (s:Organisation)-[r:SUPPORTS|PROVIDES_EXPERTS_TO]->(c:Organisation)
WHERE ($kind IS NULL OR s.kind = $kind) AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
WITH s, c, collect({relation: type(r), properties: r {.kind}, since: r.since, until: r.until, confidence: r.confidence, sources: [b IN [{ids: coalesce(r.sources, [])[0..20], quotes: coalesce(r.evidence, [])[0..20], methods: coalesce(r.methods, [])[0..20], confidences: coalesce(r.confidences, [])[0..20]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]}) AS links
RETURN {supporter: {id: s.id, type: s.type, name: s.name}, supporterKind: s.kind, supported: {id: c.id, type: c.type, name: c.name}, links: links} AS pair ORDER BY s.name ASC, s.id ASC, c.name ASC, c.id ASC SKIP $skip LIMIT $limit
