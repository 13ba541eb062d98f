package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sorted writer, with the second half of the indexes written by a helper thread inside the caller's
 * transaction, against the same writes done on one thread: every one of the six quad indexes must hold
 * exactly the quads written, after a commit and a reopen; an abort must leave nothing.
 */
class SortedQuadWriterTest {
    @TempDir
    Path dir;

    /** The process's first write runs on one thread (class initialisation): have it done before the tests. */
    @org.junit.jupiter.api.BeforeAll
    static void firstWriteOfTheProcess(@TempDir Path warm) {
        Dataset ds = open(warm);
        Txn.executeWrite(ds, () -> SortedQuadWriter.write(tdb(ds), quads().subList(0, 10), List.of(), true));
        TDBInternal.expel(ds.asDatasetGraph());
    }

    /** 3 000 quads in 30 graphs, with subjects, predicates and objects shared between graphs. */
    private static List<Quad> quads() {
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Node g = NodeFactory.createURI("http://example.org/article/" + (i % 30));
            Node s = NodeFactory.createURI("http://example.org/event/" + (i % 700));
            Node p = NodeFactory.createURI("http://example.org/p" + (i % 7));
            Node o = i % 3 == 0 ? NodeFactory.createLiteralString("evidence " + i) : NodeFactory.createURI("http://example.org/actor/" + (i % 40));
            out.add(Quad.create(g, s, p, o));
        }
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    private static Dataset open(Path loc) {
        return TDB2Factory.connectDataset(loc.toString());
    }

    private static DatasetGraphTDB tdb(Dataset ds) {
        return TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph());
    }

    /** Every quad index holds {@code expected} and nothing else. */
    private static void assertIndexes(Dataset ds, Set<Quad> expected) {
        Txn.executeRead(ds, () -> {
            TupleIndex[] indexes = tdb(ds).getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
            assertEquals(6, indexes.length);
            for (TupleIndex index : indexes) {
                assertEquals(expected.size(), index.size(), "tuples in index " + index.getName());
            }
            Set<Quad> stored = new HashSet<>();
            ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stored::add);
            assertEquals(expected, stored);
            // Each lookup pattern reads another index: all must agree with the quads written.
            for (Quad q : List.copyOf(expected).subList(0, 50)) {
                assertTrue(ds.asDatasetGraph().contains(q.getGraph(), Node.ANY, q.getPredicate(), Node.ANY));
                assertTrue(ds.asDatasetGraph().contains(q.getGraph(), Node.ANY, Node.ANY, q.getObject()));
                assertTrue(ds.asDatasetGraph().contains(Node.ANY, q.getSubject(), q.getPredicate(), q.getObject()));
                assertTrue(ds.asDatasetGraph().contains(Node.ANY, Node.ANY, q.getPredicate(), q.getObject()));
                assertTrue(ds.asDatasetGraph().contains(Node.ANY, Node.ANY, Node.ANY, q.getObject()));
            }
        });
    }

    @Test
    void helperThreadWritesTheSameIndexesAsOneThreadAcrossCommitsAndReopen() {
        List<Quad> all = quads();
        List<Quad> first = all.subList(0, all.size() / 2);
        List<Quad> second = all.subList(all.size() / 2, all.size());
        List<Quad> gone = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 4) {
            gone.add(all.get(i));
        }
        Set<Quad> expected = new HashSet<>(all);
        gone.forEach(expected::remove);
        for (boolean parallel : new boolean[] {true, false}) {
            Path loc = dir.resolve(parallel ? "parallel" : "sequential");
            Dataset ds = open(loc);
            // Two transactions in a row: the helper thread must not keep the first one's state.
            Txn.executeWrite(ds, () -> SortedQuadWriter.write(tdb(ds), first, List.of(), parallel));
            // Quads already stored among "maybe stored" ones are not added twice.
            Txn.executeWrite(ds, () -> SortedQuadWriter.write(tdb(ds), second, first.subList(0, 100), parallel));
            Txn.executeWrite(ds, () -> SortedQuadWriter.delete(tdb(ds), gone, parallel));
            TDBInternal.expel(ds.asDatasetGraph());
            Dataset reopened = open(loc);
            assertIndexes(reopened, expected);
            TDBInternal.expel(reopened.asDatasetGraph());
        }
    }

    @Test
    void anAbortAfterAParallelWriteLeavesNothingAndTheStoreStaysWritable() {
        List<Quad> all = quads();
        Dataset ds = open(dir.resolve("abort"));
        ds.begin(org.apache.jena.query.ReadWrite.WRITE);
        SortedQuadWriter.write(tdb(ds), all, List.of(), true);
        assertEquals(all.size(), ds.asDatasetGraph().stream().count(), "the writing transaction sees its quads");
        ds.abort();
        ds.end();
        Txn.executeRead(ds, () -> assertFalse(ds.asDatasetGraph().find().hasNext(), "nothing after the abort"));
        Txn.executeWrite(ds, () -> SortedQuadWriter.write(tdb(ds), all, List.of(), true));
        TDBInternal.expel(ds.asDatasetGraph());
        Dataset reopened = open(dir.resolve("abort"));
        assertIndexes(reopened, new HashSet<>(all));
        TDBInternal.expel(reopened.asDatasetGraph());
    }
}
