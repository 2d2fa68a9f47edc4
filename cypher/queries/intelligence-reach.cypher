// The countries an organisation's intelligence reaches, hop by hop (PROVIDES_INTELLIGENCE_TO, DISSEMINATES_TO; scope members = every member country).
// Example parameters (Neo4j Browser): :params {"from":"kaspersky-lab","asOf":"2025-01-01"}
MATCH p = (src:Entity {
  id: $from
})-[:PROVIDES_INTELLIGENCE_TO|DISSEMINATES_TO*0..3]->(hub:Entity)
WHERE all(x IN relationships(p) WHERE (x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf))
WITH hub, p ORDER BY length(p) ASC, [x IN nodes(p) | x.id] ASC
WITH hub, head(collect(p)) AS p
MATCH (hub)-[d:DISSEMINATES_TO]->(target)
WHERE (d.since IS NULL OR d.since <= $asOf) AND (d.until IS NULL OR d.until >= $asOf)
WITH hub, p, d, target, [x IN relationships(p) | {from: startNode(x).id, to: endNode(x).id, relation: type(x), properties: x {.scope, .kind}, since: x.since, until: x.until, sources: [b IN [{ids: coalesce(x.sources, [])[0..5], quotes: coalesce(x.evidence, [])[0..5], methods: coalesce(x.methods, [])[0..5], confidences: coalesce(x.confidences, [])[0..5]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]}] + [{from: startNode(d).id, to: endNode(d).id, relation: type(d), properties: d {.scope, .kind}, since: d.since, until: d.until, sources: [b IN [{ids: coalesce(d.sources, [])[0..5], quotes: coalesce(d.evidence, [])[0..5], methods: coalesce(d.methods, [])[0..5], confidences: coalesce(d.confidences, [])[0..5]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]}] AS chain
CALL {
  WITH hub, d, target
  MATCH (c:Country)-[m:MEMBER_OF]->(target)
  WHERE d.scope = 'members' AND (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
  RETURN c, m UNION
  WITH hub, d, target
  WITH target AS c, null AS m
  WHERE c:Country
  RETURN c, m
}
WITH c, p, m, hub, target, chain ORDER BY length(p) ASC, [x IN nodes(p) | x.id] ASC
WITH c, head(collect({p: p, m: m, hub: hub, target: target, chain: chain})) AS best
WITH c, best, [x IN nodes(best.p) | x.id] + CASE WHEN best.target <> best.hub AND NOT best.target:Country THEN [best.target.id] ELSE [] END + [c.id] AS path
RETURN {iso2: c.id, name: c.name, path: path, steps: best.chain + [m IN CASE WHEN best.m IS NULL THEN [] ELSE [best.m] END | {from: startNode(m).id, to: endNode(m).id, relation: type(m), properties: m {.scope, .kind}, since: m.since, until: m.until, sources: [b IN [{ids: coalesce(m.sources, [])[0..5], quotes: coalesce(m.evidence, [])[0..5], methods: coalesce(m.methods, [])[0..5], confidences: coalesce(m.confidences, [])[0..5]}] | [si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], confidence: b.confidences[si]}]][0]}]} AS row ORDER BY c.name ASC, c.id ASC
