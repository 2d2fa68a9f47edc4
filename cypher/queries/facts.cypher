// Facts with their provenance, filtered and paged.
// Example parameters (Neo4j Browser): :params {"source":null,"since":null,"until":null,"minConfidence":null,"skip":0,"limit":50}
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($source IS NULL OR $source IN r.sources) AND ($minConfidence IS NULL OR r.confidence >= $minConfidence) AND ($until IS NULL OR r.since IS NULL OR r.since <= $until) AND ($since IS NULL OR r.until IS NULL OR r.until >= $since)
RETURN {subject: {id: a.id, type: a.type, name: a.name}, relation: type(r), object: {id: b.id, type: b.type, name: b.name}, properties: r {.title, .kind, .scope, .role}, since: r.since, until: r.until, confidence: r.confidence, method: r.method, firstSeen: r.firstSeen, lastSeen: r.lastSeen, sources: [si IN range(0, size(coalesce(r.sources, [])) - 1) | {id: r.sources[si], quote: r.evidence[si], method: r.methods[si], confidence: r.confidences[si]}]} AS fact ORDER BY a.id ASC, type(r) ASC, b.id ASC, r.key ASC SKIP $skip LIMIT $limit
