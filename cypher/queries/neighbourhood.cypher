// One page of the facts around an entity, with filters.
// Example parameters (Neo4j Browser): :params {"id":"igci","relations":null,"types":null,"from":null,"to":null,"skip":0,"limit":50}
MATCH (c:Entity {
  id: $id
})-[r]-(m:Entity)
WHERE ($relations IS NULL OR type(r) IN $relations) AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types)) AND ($to IS NULL OR r.since IS NULL OR r.since <= $to) AND ($from IS NULL OR r.until IS NULL OR r.until >= $from)
RETURN {node: m {.id, .name, .type, .kind, .country}, edge: {source: startNode(r).id, target: endNode(r).id, relation: type(r), key: r.key, properties: r {.title, .kind, .scope, .role}, since: r.since, until: r.until, confidence: r.confidence, sources: [b IN [{ids: coalesce(r.sources, [])[0..20], quotes: coalesce(r.evidence, [])[0..20], methods: coalesce(r.methods, [])[0..20], confidences: coalesce(r.confidences, [])[0..20]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]}} AS row ORDER BY type(r) ASC, m.name ASC, m.id ASC, r.key ASC SKIP $skip LIMIT $limit
