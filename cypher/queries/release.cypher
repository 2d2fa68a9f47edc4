// One release with the facts it asserts and its evidence.
// Example parameters (Neo4j Browser): :params {"id":"interpol-2013-03-20-kaspersky-lab-cmii"}
MATCH (r:Release {
  id: $id
})
RETURN r {.*} AS r, COUNT { (r)-[:MENTIONS]->() } AS mentions, [(r)-[:MENTIONS]->(n) | {id: n.id, type: n.type, name: n.name}] AS entities, COLLECT { MATCH (r)-[:MENTIONS]->(a)-[f]->(b:Entity) WHERE r.id IN f.sources WITH a, f, b, [i IN range(0, size(f.sources) - 1) WHERE f.sources[i] = r.id][0] AS i RETURN {subject: {id: a.id, type: a.type, name: a.name}, relation: type(f), object: {id: b.id, type: b.type, name: b.name}, properties: f {.title, .kind, .scope, .role}, since: f.since, until: f.until, quote: f.evidence[i], start: f.evidenceStart[i], end: f.evidenceEnd[i], method: f.methods[i], confidence: f.confidences[i]} } AS facts
