// The shortest paths (up to 5) between two entities, through any fact.
// Example parameters (Neo4j Browser): :params {"from":"kaspersky-lab","to":"FR"}
MATCH p = SHORTEST 5 (a:Entity {
  id: $from
})-[:HOLDS_ROLE|PART_OF|LOCATED_IN|MEMBER_OF|SUPPORTS|PROVIDES_INTELLIGENCE_TO|DISSEMINATES_TO|COOPERATES_WITH|PROVIDES_TRAINING_TO|PROVIDES_EXPERTS_TO|PARTY_TO|SIGNED|PARTICIPATES_IN|HOSTS*1..4]-(b:Entity {
  id: $to
})
WITH p, nodes(p) AS n, relationships(p) AS r
RETURN {length: length(p), nodes: [x IN n | {id: x.id, type: x.type, name: x.name}], hops: [i IN range(0, size(r) - 1) | {from: n[i].id, to: n[i + 1].id, relation: type(r[i]), direction: CASE WHEN startNode(r[i]) = n[i] THEN 'forward' ELSE 'backward' END, properties: {title: r[i].title, kind: r[i].kind, scope: r[i].scope, role: r[i].role}, since: r[i].since, until: r[i].until, confidence: r[i].confidence, sources: [b IN [{ids: coalesce(r[i].sources, [])[0..20], quotes: coalesce(r[i].evidence, [])[0..20], methods: coalesce(r[i].methods, [])[0..20], confidences: coalesce(r[i].confidences, [])[0..20]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]}]} AS path ORDER BY length(p) ASC, [x IN n | x.id] ASC
