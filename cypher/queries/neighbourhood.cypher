// One page of the facts around an entity, with filters.
// Example parameters (Neo4j Browser): :params {"id":"igci","relations":null,"types":null,"from":null,"to":null,"skip":0,"limit":50}
MATCH (c:Entity {
  id: $id
})-[r]-(m:Entity)
WHERE ($relations IS NULL OR type(r) IN $relations) AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types)) AND ($to IS NULL OR r.since IS NULL OR r.since <= $to) AND ($from IS NULL OR r.until IS NULL OR r.until >= $from)
RETURN {node: m {.id, .name, .type, .kind, .country}, edge: {source: startNode(r).id, target: endNode(r).id, relation: type(r), key: r.key, properties: r {.title, .kind, .scope, .role}, since: r.since, until: r.until, confidence: r.confidence, sources: [si IN range(0, CASE WHEN size(coalesce(r.sources, [])) > 20 THEN 20 ELSE size(coalesce(r.sources, [])) END - 1) | {id: r.sources[si], quote: r.evidence[si], method: r.methods[si], confidence: r.confidences[si]}]}} AS row ORDER BY type(r) ASC, m.name ASC, m.id ASC, r.key ASC SKIP $skip LIMIT $limit
