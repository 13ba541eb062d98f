package org.entente.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.EntenteException;
import org.entente.actors.Actor;
import org.entente.rdf.ArticleGraph;
import org.entente.rdf.Dip;
import org.entente.rdf.RdfMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge graph in Apache Jena TDB2: one named graph per article (re-ingest replaces it), the
 * shared actors graph, and SPARQL's default graph as the union of all graphs. Writes happen in batches,
 * one transaction each, so a crash leaves every article either fully stored or absent.
 *
 * <p>One process at a time: TDB2 locks the directory ({@code tdb.lock}) for the process that opened it,
 * and {@link #open} in a second process fails at once with an {@link EntenteException} saying what to do.
 * Within one process, readers (e.g. the SPARQL server) and the one writer run concurrently; readers see
 * an article's old graph or its new one, never a mix, because each batch is one write transaction.
 *
 * <pre>{@code
 * try (KnowledgeStore store = KnowledgeStore.open(Path.of("store"))) {
 *     store.write(List.of(articleGraph));
 * }
 * }</pre>
 */
public final class KnowledgeStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeStore.class);
    private final Path location;
    private final java.util.concurrent.atomic.AtomicLong committed = new java.util.concurrent.atomic.AtomicLong();
    private final Dataset dataset;

    private KnowledgeStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the TDB2 store at {@code location}. */
    public static KnowledgeStore open(Path location) {
        try {
            if (Files.exists(location) && !Files.isDirectory(location)) {
                throw new EntenteException(location + " is a file, not a store directory: give --loc a directory");
            }
            Files.createDirectories(location);
            Dataset ds = TDB2Factory.connectDataset(location.toString());
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new KnowledgeStore(location, ds);
        } catch (EntenteException e) {
            throw e;
        } catch (Exception e) {
            if (isLockFailure(e)) {
                throw new EntenteException("store " + location + " is in use by another process" + lockHolder(location)
                        + " (a running 'entente serve' or 'entente ingest'; a store has one writer): wait for it or stop "
                        + "it, use another --loc, or let the running server take the articles with "
                        + "'entente serve --watch DIR' and put the files in DIR", e);
            }
            throw new EntenteException("cannot open store " + location + ": " + e.getMessage(), e);
        }
    }

    /** Whether opening failed because another process holds the TDB2 lock. */
    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.jena.dboe.base.file.AlreadyLocked
                    || t instanceof java.nio.channels.OverlappingFileLockException) {
                return true;
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("locked") || m.contains("tdb.lock")) {
                return true;
            }
        }
        return false;
    }

    /** " (PID n)" read from the TDB2 lock file, or "". */
    private static String lockHolder(Path location) {
        try {
            Path lock = location.resolve("tdb.lock");
            String pid = Files.isRegularFile(lock) ? Files.readString(lock).strip() : "";
            return pid.matches("\\d{1,10}") ? " (PID " + pid + ")" : "";
        } catch (Exception e) {
            return "";
        }
    }

    public Path location() {
        return location;
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /**
     * Writes a batch of article graphs in one transaction, replacing each article's previous graph.
     *
     * <p>Fast path (TDB2): the quads of the batch are turned into node ids once, then inserted index by
     * index, each in that index's own sort order, as Jena's bulk loaders do: consecutive inserts then hit
     * the same B+tree leaf, instead of jumping across all six quad indexes for every quad. The actor
     * triples of the batch are added once, and only those not stored yet, instead of once per article
     * into all six indexes.
     */
    public void write(Collection<ArticleGraph> batch) {
        Node actorsGraph = NodeFactory.createURI(Dip.ACTORS_GRAPH);
        // Two graphs of one article in a batch: the later one wins, as it would written one after the other.
        java.util.Map<String, ArticleGraph> byName = new java.util.LinkedHashMap<>();
        for (ArticleGraph a : batch) {
            byName.remove(a.name());
            byName.put(a.name(), a);
        }
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            ensureSummary(dsg);
            Summary.Change change = new Summary.Change();
            for (ArticleGraph a : byName.values()) {
                removeArticleGraph(dsg, NodeFactory.createURI(a.name()), a.articleId(), change);
            }
            List<Quad> quads = new java.util.ArrayList<>();
            java.util.Set<Triple> actors = new java.util.LinkedHashSet<>();
            for (ArticleGraph a : byName.values()) {
                Node name = NodeFactory.createURI(a.name());
                a.graph().find().forEach(t -> quads.add(Quad.create(name, t)));
                a.actors().find().forEach(actors::add);
                change.add(Summary.of(a.graph()));
            }
            List<Quad> actorQuads = new java.util.ArrayList<>(actors.size());
            actors.forEach(t -> actorQuads.add(Quad.create(actorsGraph, t)));
            add(dsg, quads, actorQuads);
            // The summary last: a first or last date lost with a replaced graph is recomputed from the new state.
            applySummary(dsg, change);
        });
        long total = committed.addAndGet(batch.size());
        LOG.info("committed {} article(s) to {} ({} since opened)", batch.size(), location, total);
    }

    /**
     * Removes an article's graph if it is stored, and notes its contribution to the summary. Not
     * deleteAny: in Jena TDB2 5.6.0 it leaves quads whose object is an xsd:decimal written without a
     * decimal point ("-2"), so a re-ingest kept stale dip:goldstein values. removeGraph deletes them all
     * (KnowledgeStoreTest.reingestLeavesNoStaleDecimal).
     */
    private static boolean removeArticleGraph(DatasetGraph dsg, Node name, String articleId, Summary.Change change) {
        if (!dsg.contains(name, Node.ANY, Node.ANY, Node.ANY)) {
            return false;
        }
        change.remove(Summary.of(dsg, name));
        dsg.removeGraph(name);
        if (dsg.contains(name, Node.ANY, Node.ANY, Node.ANY)) {
            throw new EntenteException("could not remove the previous graph of article '" + articleId
                    + "'; nothing of this batch was written");
        }
        return true;
    }

    /**
     * Removes articles (their graphs, and their part of the summary) in one transaction; the actors graph
     * is left as it is. Returns how many of the ids were stored.
     */
    public int remove(Collection<String> articleIds) {
        int removed = Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            ensureSummary(dsg);
            Summary.Change change = new Summary.Change();
            int n = 0;
            for (String id : new java.util.LinkedHashSet<>(articleIds)) {
                if (removeArticleGraph(dsg, NodeFactory.createURI(RdfMapper.articleIri(id)), id, change)) {
                    n++;
                }
            }
            applySummary(dsg, change);
            return n;
        });
        LOG.info("removed {} article(s) from {}", removed, location);
        return removed;
    }

    /**
     * A store written before the summary graph existed (or loaded with another tool) has events but no
     * summary, one written before the month and mention nodes has a summary without them: build it from
     * the events, in the caller's write transaction.
     */
    private static void ensureSummary(DatasetGraph dsg) {
        Node type = org.apache.jena.vocabulary.RDF.type.asNode();
        if (!dsg.contains(Summary.GRAPH, Node.ANY, Node.ANY, Node.ANY)
                && dsg.contains(Node.ANY, Node.ANY, type, Dip.Event.asNode())) {
            rebuildSummary(dsg);
        } else if (dsg.contains(Summary.GRAPH, Node.ANY, type, Dip.RelationSummary.asNode())
                && !dsg.contains(Summary.GRAPH, Node.ANY, type, Summary.MONTH_SUMMARY)) {
            // A summary written before the month and mention nodes: writing on it would leave them partial.
            rebuildSummary(dsg);
        }
    }

    private static int rebuildSummary(DatasetGraph dsg) {
        dsg.removeGraph(Summary.GRAPH);
        java.util.Map<Summary.Key, Summary.Value> all = Summary.fromEvents(dsg);
        List<Quad> quads = new java.util.ArrayList<>();
        all.forEach((k, v) -> quads.addAll(Summary.quads(k, v)));
        add(dsg, quads, List.of());
        return all.size();
    }

    /**
     * Rebuilds the summary graph from the events in one transaction: after the article graphs were
     * changed by other means (SPARQL Update, a bulk load of N-Quads). Returns the number of summary nodes.
     */
    public int rebuildSummary() {
        return Txn.calculateWrite(dataset, () -> rebuildSummary(dataset.asDatasetGraph()));
    }

    /**
     * Compacts the store: TDB2 is copy-on-write, so every write transaction leaves old B+tree blocks
     * behind; compaction copies the live data into a new generation ({@code Data-NNNN}) and deletes the
     * old one. Readers in this process go on during it; writers wait. Returns the bytes of file length
     * before and after.
     */
    public long[] compact() {
        long before = fileLengths(location);
        org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        long after = fileLengths(location);
        LOG.info("compacted {}: {} MB -> {} MB", location, before / 1_000_000, after / 1_000_000);
        return new long[] {before, after};
    }

    private static long fileLengths(Path dir) {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    private static void applySummary(DatasetGraph dsg, Summary.Change change) {
        Summary.Change.Writes w = change.apply(dsg);
        if (TDBInternal.isBackedByTDB(dsg)) {
            SortedQuadWriter.delete(TDBInternal.getDatasetGraphTDB(dsg), w.delete());
        } else {
            w.delete().forEach(dsg::delete);
        }
        add(dsg, w.add(), List.of());
    }

    /** Adds quads: {@code fresh} are absent and distinct (their graph was just emptied), the others may be stored. */
    private static void add(DatasetGraph dsg, List<Quad> fresh, List<Quad> maybeStored) {
        if (TDBInternal.isBackedByTDB(dsg)) {
            SortedQuadWriter.write(TDBInternal.getDatasetGraphTDB(dsg), fresh, maybeStored);
        } else {
            fresh.forEach(dsg::add);
            maybeStored.forEach(dsg::add);
        }
    }

    /** Describes actors in the actors graph (idempotent): the whole dictionary, once per ingest. */
    public void writeActors(Collection<Actor> actors) {
        Graph g = GraphFactory.createDefaultGraph();
        actors.forEach(a -> RdfMapper.describe(a, g));
        Node actorsGraph = NodeFactory.createURI(Dip.ACTORS_GRAPH);
        List<Quad> quads = new java.util.ArrayList<>();
        g.find().forEach(t -> quads.add(Quad.create(actorsGraph, t)));
        Txn.executeWrite(dataset, () -> add(dataset.asDatasetGraph(), List.of(), quads));
    }

    /** Ids of the articles stored. */
    public List<String> articleIds() {
        return Txn.calculateRead(dataset, () -> {
            List<String> ids = new java.util.ArrayList<>();
            try (var qe = org.apache.jena.query.QueryExecution.dataset(dataset).query(
                    "SELECT ?id WHERE { GRAPH ?g { ?a a <http://schema.org/NewsArticle> ; "
                            + "<http://purl.org/dc/terms/identifier> ?id } } ORDER BY ?id").build()) {
                qe.execSelect().forEachRemaining(r -> ids.add(r.getLiteral("id").getString()));
            }
            return ids;
        });
    }

    public boolean isInTransaction() {
        return dataset.isInTransaction();
    }

    @Override
    public void close() {
        if (dataset.isInTransaction()) {
            dataset.abort();
        }
        // TDB2 keeps its files mapped until the JVM exits or the location is released.
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
