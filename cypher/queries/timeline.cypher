// Dated facts, events, agreements and releases about an entity, in order.
// Example parameters (Neo4j Browser): :params {"id":"kaspersky-lab","from":null,"to":null,"skip":0,"limit":50}
MATCH (n:Entity {
  id: $id
})
CALL {
  WITH n
  MATCH (n)-[r]-(m:Entity)
  UNWIND [[r.since, 'fact-start'], [r.until, 'fact-end']] AS dk
  WITH n, r, m, dk[0] AS d, dk[1] AS k
  WHERE d IS NOT NULL AND NOT m:Event AND NOT m:Agreement
  RETURN {date: d, kind: k, relation: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END, other: {id: m.id, type: m.type, name: m.name}, title: null, properties: r {.title, .kind, .scope, .role}, sources: [b IN [{ids: coalesce(r.sources, [])[0..20], quotes: coalesce(r.evidence, [])[0..20], methods: coalesce(r.methods, [])[0..20], confidences: coalesce(r.confidences, [])[0..20]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]} AS item UNION ALL
  WITH n
  MATCH (n)-[r]-(m:Event)
  WITH n, r, m, coalesce(m.startsOn, r.since) AS d, 'event' AS k
  WHERE d IS NOT NULL
  RETURN {date: d, kind: k, relation: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END, other: {id: m.id, type: m.type, name: m.name}, title: m.name, properties: r {.title, .kind, .scope, .role}, sources: [b IN [{ids: coalesce(r.sources, [])[0..20], quotes: coalesce(r.evidence, [])[0..20], methods: coalesce(r.methods, [])[0..20], confidences: coalesce(r.confidences, [])[0..20]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]} AS item UNION ALL
  WITH n
  MATCH (n)-[r]-(m:Agreement)
  WITH n, r, m, coalesce(m.signedOn, r.since) AS d, 'agreement' AS k
  WHERE d IS NOT NULL
  RETURN {date: d, kind: k, relation: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END, other: {id: m.id, type: m.type, name: m.name}, title: m.name, properties: r {.title, .kind, .scope, .role}, sources: [b IN [{ids: coalesce(r.sources, [])[0..20], quotes: coalesce(r.evidence, [])[0..20], methods: coalesce(r.methods, [])[0..20], confidences: coalesce(r.confidences, [])[0..20]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]} AS item UNION ALL
  WITH n
  MATCH (x:Release)-[:MENTIONS]->(n)
  WHERE x.publishedOn IS NOT NULL
  RETURN {date: x.publishedOn, kind: 'release', relation: null, direction: null, other: null, title: x.title, properties: {}, sources: [{id: x.id, quote: '', method: x.method, confidence: null}]} AS item
}
WITH item
WHERE ($from IS NULL OR item.date >= $from) AND ($to IS NULL OR item.date <= $to)
RETURN item ORDER BY item.date ASC, item.kind ASC, item.relation ASC, item.other.id ASC, item.title ASC SKIP $skip LIMIT $limit
