// Releases, newest first.
// Example parameters (Neo4j Browser): :params {"cursor":null,"cursorKey":null,"limit":50}
MATCH (r:Release)
WHERE $cursor IS NULL OR [coalesce(r.publishedOn, ''), r.id] < $cursorKey
RETURN r {.id, .title, .publishedOn, .language, .source, .method, .importedAt} AS r, COUNT { (r)-[:MENTIONS]->() } AS mentions ORDER BY coalesce(r.publishedOn, '') DESC, r.id DESC LIMIT $limit
