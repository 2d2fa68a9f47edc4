// Organisation pairs linked by cooperation facts (betweenness is computed from these).
// Example parameters (Neo4j Browser): :params {}
MATCH (a:Organisation)-[:SUPPORTS|PROVIDES_INTELLIGENCE_TO|DISSEMINATES_TO|COOPERATES_WITH|PROVIDES_TRAINING_TO|PROVIDES_EXPERTS_TO|PART_OF]->(b:Organisation)
RETURN DISTINCT {id: a.id, type: a.type, name: a.name, kind: a.kind} AS a, {id: b.id, type: b.type, name: b.name, kind: b.kind} AS b
