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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        gazetteer = Gazetteer.reference().with(loadKnown(graph));
        extractor = new Extractor(gazetteer);
    }

    public static boolean supports(String fileName) {
        return ReleaseReader.supports(fileName) || fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Reads, extracts and (unless {@code dryRun}) writes one file. Never throws for bad input. */
    public Result importFile(Path file, boolean dryRun) {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > ReleaseReader.MAX_BYTES) {
                return refused(name, "larger than " + ReleaseReader.MAX_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return refused(name, "cannot read: " + e.getMessage());
        }
        return importBytes(name, bytes, dryRun);
    }

    /** Imports content whose format the name's extension gives (.txt, .md, .html, .htm, .json). */
    public Result importBytes(String name, byte[] bytes, boolean dryRun) {
        if (!supports(name)) {
            return refused(name, "unsupported file type (expected .txt, .md, .html or .json)");
        }
        if (bytes.length > ReleaseReader.MAX_BYTES) {
            return refused(name, "larger than " + ReleaseReader.MAX_BYTES / (1024 * 1024) + " MB");
        }
        try {
            if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
                BundleReader.Bundle bundle = bundles.read(name, bytes);
                checkReferences(bundle.extraction());
                return write(name, bundle.document(), bundle.extraction(), BundleReader.CURATED, dryRun);
            }
            ReleaseDocument doc = reader.read(name, bytes);
            Extraction extraction = extractor.extract(doc);
            return write(name, doc, extraction, "extracted", dryRun);
        } catch (InvalidReleaseException e) {
            return refused(name, e.getMessage());
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
        return write(name, doc, extraction, method, false);
    }

    private Result write(String name, ReleaseDocument doc, Extraction extraction, String method, boolean dryRun) {
        ReleaseMeta meta = doc.meta();
        Extraction withMeta = new Extraction(meta, extraction.entities(), extraction.facts());
        if (dryRun) {
            return new Result(new ImportOutcome(name, ImportOutcome.Status.DRY_RUN, meta.id(), 0, 0,
                    withMeta.facts().size(), null), withMeta);
        }
        ImportOutcome outcome = graph.write(tx -> {
            var existing = tx.run("MATCH (r:Release {id: $id}) RETURN r.sha256 AS sha", Map.of("id", meta.id()))
                    .list();
            boolean replacing = !existing.isEmpty();
            if (replacing && doc.sha256().equals(existing.get(0).get("sha").asString(null))) {
                return new ImportOutcome(name, ImportOutcome.Status.UNCHANGED, meta.id(), 0, 0, 0, null);
            }
            if (replacing) {
                writer.retract(tx, meta.id());
            }
            ReleaseWriter.Written w = writer.write(tx, meta, doc.body(), doc.sha256(), method, withMeta);
            return new ImportOutcome(name, replacing ? ImportOutcome.Status.REPLACED : ImportOutcome.Status.IMPORTED,
                    meta.id(), w.entitiesCreated(), w.factsCreated(), w.factsAsserted(), null);
        });
        if (outcome.status() != ImportOutcome.Status.UNCHANGED) {
            learn(withMeta.entities());
            LOG.debug("{}: {} ({} facts)", name, outcome.status(), outcome.factsAsserted());
        }
        return new Result(outcome, withMeta);
    }

    private synchronized void learn(List<Entity> entities) {
        gazetteer = gazetteer.with(entities);
        extractor = new Extractor(gazetteer);
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

    static List<Entity> loadKnown(Graph graph) {
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
