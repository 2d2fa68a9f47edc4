// How many facts of each relation and direction an entity has.
// Example parameters (Neo4j Browser): :params {"id":"interpol","relations":null,"types":null,"from":null,"to":null}
MATCH (c:Entity {
  id: $id
})-[r]-(m:Entity)
WHERE ($relations IS NULL OR type(r) IN $relations) AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types)) AND ($to IS NULL OR r.since IS NULL OR r.since <= $to) AND ($from IS NULL OR r.until IS NULL OR r.until >= $from)
RETURN type(r) AS relation, CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction, count(*) AS count ORDER BY relation ASC, direction ASC
