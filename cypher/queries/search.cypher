// Entities whose names or aliases match words (full-text, accent-folded, one typo).
// Example parameters (Neo4j Browser): :params {"query":"(cmii^4 OR cmii*^2 OR cmii~1)","type":null,"limit":10}
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $type IS NULL OR $type IN labels(node)
RETURN node.id AS id, node.type AS type, node.name AS name, node.aliases AS aliases, score ORDER BY score DESC, node.name ASC, node.id ASC LIMIT $limit
