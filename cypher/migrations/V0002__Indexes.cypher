// Lookups the importer and the queries make.
CREATE INDEX release_sha256 IF NOT EXISTS FOR (n:Release) ON (n.sha256);
CREATE INDEX release_published IF NOT EXISTS FOR (n:Release) ON (n.publishedOn);
CREATE INDEX release_source IF NOT EXISTS FOR (n:Release) ON (n.source);
CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX event_starts IF NOT EXISTS FOR (n:Event) ON (n.startsOn);
// Full-text search over names and every alias (aliasText joins them), accent- and case-folded.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Organisation|Centre|Person|Country|City|Event|Agreement) ON EACH [n.name, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
