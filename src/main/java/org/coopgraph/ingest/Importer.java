package org.coopgraph.ingest;

import org.coopgraph.ingest.extract.Extractor;
import org.coopgraph.ingest.extract.Gazetteer;
import org.coopgraph.ingest.read.ReleaseReader;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Extraction;
import org.coopgraph.model.ReleaseMeta;
import org.coopgraph.store.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns release files, request bodies and curated bundles into graph writes: read, extract
 * (resolving against what the graph already knows), then write one transaction per release.
 * Safe to share between threads; entities written by one release are known to the next.
 */
public final class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    /**
     * Takes the release's node (creating it when new) and its write lock before looking at it: two
     * importers of the same release must not both find it new and both write it, which would leave
     * it asserting the union of two extractions. The SET and REMOVE change nothing but take the lock.
     */
    private static final String LOCK_RELEASE = """
            MERGE (r:Release {id: $id})
            ON CREATE SET r.createdAt = datetime()
            SET r.`_lock` = true
            REMOVE r.`_lock`
            RETURN r.sha256 AS sha""";

    /** Ids are readable slugs; Neo4j's indexes also cap a key at about 8 KB. */
    static final int MAX_ID_CHARS = 256;
    /** Names, kinds, sources and property texts: indexed ones must stay under the index key limit. */
    static final int MAX_TEXT_CHARS = 2_000;
    /** Facts are read from at most this much text: the extractor's work grows faster than the text. */
    static final int MAX_EXTRACTED_CHARS = 200_000;
    /** A run of text without a sentence end (. ! ? or a line break) that the extractor will not read. */
    static final int MAX_SENTENCE_CHARS = 20_000;
    /** Entity properties the writer sets itself, or that the JSON dump uses for its own fields. */
    static final Set<String> RESERVED_ENTITY_PROPERTIES = Set.of("id", "labels", "name", "type", "aliases", "kind",
            "country", "nameKey", "aliasText", "reference", "createdAt", "updatedAt");
    /** Fact properties the writer sets itself (provenance), or that the JSON dump uses for its own fields. */
    static final Set<String> RESERVED_FACT_PROPERTIES = Set.of("start", "type", "end", "key", "sources", "evidence",
            "evidenceStart", "evidenceEnd", "methods", "confidences", "seenOn", "confidence", "method", "firstSeen",
            "lastSeen", "since", "until", "createdAt", "updatedAt");

    private final Graph graph;
    private final ReleaseReader reader = new ReleaseReader();
    private final BundleReader bundles = new BundleReader();
    private final ReleaseWriter writer = new ReleaseWriter();
    private volatile Gazetteer gazetteer;
    private volatile Extractor extractor;

    public Importer(Graph graph) {
        this.graph = graph;
        refreshKnownEntities();
    }

    /** Reloads the gazetteer from the graph (after writes made by someone else). */
    public synchronized void refreshKnownEntities() {
        gazetteer = Gazetteer.reference().learn(loadKnown(graph));
        extractor = new Extractor(gazetteer);
    }

    public static boolean supports(String fileName) {
        return ReleaseReader.supports(fileName) || fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Reads, extracts and (unless {@code dryRun}) writes one file. Never throws for bad input. */
    public Result importFile(Path file, boolean dryRun) {
        Prepared p = prepare(file);
        return p.refusal() != null ? p.refusal() : write(p, dryRun);
    }

    /** Imports content whose format the name's extension gives (.txt, .md, .html, .htm, .json). */
    public Result importBytes(String name, byte[] bytes, boolean dryRun) {
        Prepared p = prepare(name, bytes);
        return p.refusal() != null ? p.refusal() : write(p, dryRun);
    }

    /**
     * A release read and extracted (or a curated bundle read and checked) against what the graph
     * knows now, ready to write; or, in {@code refusal}, why it cannot be.
     */
    record Prepared(String name, ReleaseDocument doc, Extraction extraction, String method, Result refusal) {
        static Prepared refused(Result refusal) {
            return new Prepared(refusal.outcome().name(), null, null, null, refusal);
        }
    }

    Prepared prepare(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > ReleaseReader.MAX_BYTES) {
                return Prepared.refused(refused(name, "larger than " + ReleaseReader.MAX_BYTES / (1024 * 1024) + " MB"));
            }
            return prepare(name, Files.readAllBytes(file));
        } catch (IOException e) {
            return Prepared.refused(refused(name, "cannot read: " + e.getMessage()));
        }
    }

    Prepared prepare(String name, byte[] bytes) {
        if (!supports(name)) {
            return Prepared.refused(refused(name, "unsupported file type (expected .txt, .md, .html or .json)"));
        }
        if (bytes.length > ReleaseReader.MAX_BYTES) {
            return Prepared.refused(refused(name, "larger than " + ReleaseReader.MAX_BYTES / (1024 * 1024) + " MB"));
        }
        try {
            if (isBundle(name)) {
                BundleReader.Bundle bundle = bundles.read(name, withoutBom(bytes));
                checkLimits(bundle.document().meta(), bundle.extraction(), true);
                checkReferences(bundle.extraction());
                return new Prepared(name, bundle.document(), bundle.extraction(), BundleReader.CURATED, null);
            }
            ReleaseDocument doc;
            Extraction extraction;
            try {
                doc = reader.read(name, bytes);
                checkExtractable(doc.body());
                extraction = extractor.extract(doc);
            } catch (InvalidReleaseException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                LOG.error("Reading {} failed", name, e);
                return Prepared.refused(refused(name, "facts could not be read from it: internal error ("
                        + e.getClass().getSimpleName() + "); the cause is in the server's log"));
            }
            checkLimits(doc.meta(), extraction, false);
            return new Prepared(name, doc, extraction, ReleaseWriter.EXTRACTED, null);
        } catch (InvalidReleaseException e) {
            return Prepared.refused(refused(name, e.getMessage()));
        }
    }

    /** Curated bundles (.json) may name entities that earlier releases define. */
    static boolean isBundle(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** A UTF-8 byte order mark, which Windows editors put before JSON, is not part of the document. */
    private static byte[] withoutBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /** Text the extractor can read in bounded time: not too long, and cut into sentences. */
    static void checkExtractable(String body) {
        if (body.length() > MAX_EXTRACTED_CHARS) {
            throw new InvalidReleaseException("its text is " + body.length() + " characters long; facts are read from"
                    + " at most " + MAX_EXTRACTED_CHARS + " characters per release (split it, or import a curated bundle)");
        }
        int run = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            run = c == '.' || c == '!' || c == '?' || c == '\n' || c == '\u2026' || c == '\u3002' ? 0 : run + 1;
            if (run > MAX_SENTENCE_CHARS) {
                throw new InvalidReleaseException("it has a sentence of more than " + MAX_SENTENCE_CHARS
                        + " characters (no full stop or line break from character " + (i - run + 1)
                        + "); facts cannot be read from it");
            }
        }
    }

    /**
     * Values the graph can hold: ids and indexed texts within the index's key size, no number Neo4j
     * cannot store, and in a curated bundle no property that would overwrite what the writer keeps
     * itself (the extractor's own properties, such as a role's {@code until}, are trusted).
     */
    static void checkLimits(ReleaseMeta meta, Extraction extraction, boolean curated) {
        checkLength("the release id", meta.id(), MAX_ID_CHARS);
        checkLength("the release source", meta.source(), MAX_TEXT_CHARS);
        int i = 0;
        for (Entity e : extraction.entities()) {
            String where = "entities[" + i++ + "]";
            checkLength(where + ".id", e.id(), MAX_ID_CHARS);
            checkLength(where + ".name", e.name(), MAX_TEXT_CHARS);
            checkLength(where + ".kind", e.kind(), MAX_TEXT_CHARS);
            checkLength(where + ".country", e.country(), MAX_TEXT_CHARS);
            checkProperties(where, e.properties(), curated ? RESERVED_ENTITY_PROPERTIES : Set.of());
        }
        i = 0;
        for (var f : extraction.facts()) {
            checkProperties("facts[" + i++ + "]", f.properties(), curated ? RESERVED_FACT_PROPERTIES : Set.of());
        }
    }

    private static void checkProperties(String where, Map<String, Object> properties, Set<String> reserved) {
        for (var p : properties.entrySet()) {
            String at = where + ".properties." + p.getKey();
            if (reserved.contains(p.getKey())) {
                throw new InvalidReleaseException(at + ": '" + p.getKey() + "' is kept by coopgraph itself and cannot be"
                        + " given as a property (reserved: " + reserved.stream().sorted().toList() + ")");
            }
            if (p.getValue() instanceof BigInteger || p.getValue() instanceof BigDecimal) {
                throw new InvalidReleaseException(at + " is a number too large to store");
            }
            if (p.getValue() instanceof String s) {
                checkLength(at, s, MAX_TEXT_CHARS);
            }
        }
    }

    private static void checkLength(String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidReleaseException(what + " is " + value.length() + " characters long (at most " + max + ")");
        }
    }

    /** Retracts a release; false when there is none with that id. */
    public boolean delete(String releaseId) {
        boolean existed = graph.write(tx -> {
            if (!tx.run("MATCH (r:Release {id: $id}) RETURN r.id", Map.of("id", releaseId)).hasNext()) {
                return false;
            }
            writer.retract(tx, releaseId);
            return true;
        });
        if (existed) {
            refreshKnownEntities();
        }
        return existed;
    }

    /**
     * Writes what was read and extracted elsewhere (reference data, generated corpora) exactly as
     * an import would: unchanged content is skipped, changed content replaces the release.
     */
    public Result importExtraction(String name, ReleaseDocument doc, Extraction extraction, String method) {
        return write(new Prepared(name, doc, extraction, method, null), false);
    }

    /** Writes one prepared release in its own transaction: new, replacing an older text, or unchanged. */
    Result write(Prepared p, boolean dryRun) {
        String name = p.name();
        ReleaseMeta meta = p.doc().meta();
        Extraction withMeta = withMeta(p);
        if (dryRun) {
            return new Result(new ImportOutcome(name, ImportOutcome.Status.DRY_RUN, meta.id(), 0, 0,
                    withMeta.facts().size(), null), withMeta);
        }
        ImportOutcome outcome;
        try {
            outcome = graph.write(tx -> writeInTransaction(tx, p, withMeta));
        } catch (InvalidReleaseException e) {
            return refused(name, e.getMessage());
        }
        if (outcome.status() != ImportOutcome.Status.UNCHANGED) {
            learn(withMeta.entities());
            LOG.debug("{}: {} ({} facts)", name, outcome.status(), outcome.factsAsserted());
        }
        return new Result(outcome, withMeta);
    }

    /** Takes the release's lock, then writes it unless the graph holds the same text already. */
    private ImportOutcome writeInTransaction(TransactionContext tx, Prepared p, Extraction withMeta) {
        String name = p.name();
        ReleaseDocument doc = p.doc();
        ReleaseMeta meta = doc.meta();
        String stored = tx.run(LOCK_RELEASE, Map.of("id", meta.id())).single().get("sha").asString(null);
        boolean replacing = stored != null;
        if (replacing && doc.sha256().equals(stored)) {
            return new ImportOutcome(name, ImportOutcome.Status.UNCHANGED, meta.id(), 0, 0, 0, null);
        }
        if (replacing) {
            writer.retract(tx, meta.id());
        }
        ReleaseWriter.Written w = writer.write(tx, meta, doc.body(), doc.sha256(), p.method(), withMeta);
        return new ImportOutcome(name, replacing ? ImportOutcome.Status.REPLACED : ImportOutcome.Status.IMPORTED,
                meta.id(), w.entitiesCreated(), w.factsCreated(), w.factsAsserted(), null);
    }

    /** The extraction with the release's own metadata, as it is written and reported. */
    static Extraction withMeta(Prepared p) {
        return new Extraction(p.doc().meta(), p.extraction().entities(), p.extraction().facts());
    }

    /** Entities written by a release are known to the releases read after it. */
    void learn(List<Entity> entities) {
        gazetteer.learn(entities);
    }

    Graph graph() {
        return graph;
    }

    /** A bundle's facts may name entities it does not define, as long as the graph has them. */
    private void checkReferences(Extraction extraction) {
        Set<String> defined = new HashSet<>();
        extraction.entities().forEach(e -> defined.add(e.id()));
        Set<String> missing = new HashSet<>();
        extraction.facts().forEach(f -> {
            if (!defined.contains(f.subject())) {
                missing.add(f.subject());
            }
            if (!defined.contains(f.object())) {
                missing.add(f.object());
            }
        });
        if (missing.isEmpty()) {
            return;
        }
        List<String> known = graph.read(tx -> tx.run("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id",
                Map.of("ids", List.copyOf(missing))).list(r -> r.get("id").asString()));
        missing.removeAll(known);
        if (!missing.isEmpty()) {
            throw new InvalidReleaseException("facts name entities that are neither in the bundle nor in the graph: "
                    + missing.stream().sorted().toList());
        }
    }

    private static Result refused(String name, String why) {
        LOG.warn("Refused {}: {}", name, why);
        return new Result(ImportOutcome.refused(name, why), null);
    }

    /** Every entity the graph holds, with the names and aliases the extractor resolves against. */
    public static List<Entity> loadKnown(Graph graph) {
        return graph.read(tx -> tx.run("""
                MATCH (n:Entity)
                RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases,
                       n.kind AS kind, n.country AS country""").list(Importer::toEntity));
    }

    private static Entity toEntity(Record r) {
        EntityType type = EntityType.parse(r.get("type").asString(null));
        List<String> aliases = r.get("aliases").isNull() ? List.of()
                : new ArrayList<>(r.get("aliases").asList(v -> v.asString()));
        return new Entity(r.get("id").asString(), type == null ? EntityType.Organisation : type,
                r.get("name").asString(r.get("id").asString()), aliases,
                r.get("kind").asString(null), r.get("country").asString(null), Map.of());
    }

    /** One release's outcome and, unless refused, what was extracted from it. */
    public record Result(ImportOutcome outcome, Extraction extraction) {
    }
}
