package org.entente.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle.ComponentState;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.entente.EntenteException;

/**
 * Adds and deletes quads in TDB2 inside the caller's write transaction the way Jena's bulk loaders do:
 * node ids first, then index by index with the tuples sorted in that index's key order, so that
 * consecutive B+tree inserts land in the same leaf (a quad added with {@code DatasetGraph.add} goes to
 * six indexes at six unrelated places). The result is the same set of quads as {@code add} and
 * {@code delete} would give.
 *
 * <p>The six quad indexes are independent B+trees, so on a machine with more than one core half of them
 * are written by a second thread, as Jena's loaders do. Unlike the loaders, it stays inside the caller's
 * one transaction: each index's transaction state (a TDB2 component's thread-local state) is handed to
 * the helper thread for the inserts and handed back before the caller goes on, so the commit, an abort
 * and a crash treat the batch as one, as before.
 */
final class SortedQuadWriter {
    private static final boolean PARALLEL = Runtime.getRuntime().availableProcessors() > 1
            && !Boolean.getBoolean("entente.sequentialIndexes");
    /** The helper thread: daemon, so that it never keeps the JVM alive. */
    private static final ExecutorService HELPER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "entente-index-writer");
        t.setDaemon(true);
        return t;
    });

    private static final java.util.concurrent.atomic.AtomicBoolean FIRST_WRITE = new java.util.concurrent.atomic.AtomicBoolean(true);

    private SortedQuadWriter() {
    }

    /** A tuple of node ids with their index keys as unsigned longs, in natural (G, S, P, O) order. */
    private record Row(Tuple<NodeId> tuple, long[] key) {
    }

    /**
     * @param fresh quads known to be absent from the store (e.g. of a graph just removed) and distinct
     * @param maybeStored quads that may already be stored (they are checked against the primary index)
     */
    static void write(DatasetGraphTDB dsg, List<Quad> fresh, List<Quad> maybeStored) {
        write(dsg, fresh, maybeStored, PARALLEL);
    }

    static void write(DatasetGraphTDB dsg, List<Quad> fresh, List<Quad> maybeStored, boolean parallel) {
        NodeTupleTable ntt = dsg.getQuadTable().getNodeTupleTable();
        NodeTable nodes = ntt.getNodeTable();
        TupleIndex[] indexes = ntt.getTupleTable().getIndexes();
        List<Row> rows = new ArrayList<>(fresh.size() + maybeStored.size());
        byte[] buf = new byte[NodeId.SIZE];
        // Graph names, predicates, types and actors recur in most quads: look each up in TDB2's node cache once.
        java.util.Map<org.apache.jena.graph.Node, NodeId> ids = new java.util.HashMap<>();
        java.util.function.Function<org.apache.jena.graph.Node, NodeId> id = n -> ids.computeIfAbsent(n, nodes::getAllocateNodeId);
        for (Quad q : fresh) {
            rows.add(row(tuple(id, q), buf));
        }
        for (Quad q : maybeStored) {
            Row r = row(tuple(id, q), buf);
            Iterator<Tuple<NodeId>> it = indexes[0].find(r.tuple());
            if (!it.hasNext()) {
                rows.add(r);
            }
        }
        eachIndex(indexes, rows, TupleIndex::add, parallel);
    }

    /** Deletes quads (those not stored are skipped); the nodes stay in the node table, as with {@code delete}. */
    static void delete(DatasetGraphTDB dsg, List<Quad> quads) {
        delete(dsg, quads, PARALLEL);
    }

    static void delete(DatasetGraphTDB dsg, List<Quad> quads, boolean parallel) {
        NodeTupleTable ntt = dsg.getQuadTable().getNodeTupleTable();
        NodeTable nodes = ntt.getNodeTable();
        TupleIndex[] indexes = ntt.getTupleTable().getIndexes();
        List<Row> rows = new ArrayList<>(quads.size());
        byte[] buf = new byte[NodeId.SIZE];
        java.util.Set<Quad> seen = new java.util.HashSet<>();
        for (Quad q : quads) {
            Tuple<NodeId> t = tuple(nodes::getNodeIdForNode, q);
            // A node the table does not have: the quad is not stored.
            if (t.asList().stream().noneMatch(NodeId::isDoesNotExist) && seen.add(q)) {
                rows.add(row(t, buf));
            }
        }
        eachIndex(indexes, rows, TupleIndex::delete, parallel);
    }

    /** Applies {@code op} to every row in every index, each index in its own key order. */
    @SuppressWarnings({"rawtypes", "unchecked"}) // BPlusTree's state type is package-private in Jena
    private static void eachIndex(TupleIndex[] all, List<Row> rows, java.util.function.BiConsumer<TupleIndex, Tuple<NodeId>> op,
            boolean parallel) {
        if (rows.isEmpty()) {
            return;
        }
        List<TupleIndex> indexes = new ArrayList<>();
        for (TupleIndex i : all) {
            if (i != null) {
                indexes.add(i);
            }
        }
        Row[] base = rows.toArray(new Row[0]);
        Consumer<TupleIndex> work = index -> {
            Row[] sorted = base.clone();
            Arrays.sort(sorted, byKey(index.getMapping()));
            for (Row r : sorted) {
                op.accept(index, r.tuple());
            }
        };
        List<BPlusTree> trees = new ArrayList<>();
        for (TupleIndex i : indexes) {
            if (i instanceof TupleIndexRecord r && r.getRangeIndex() instanceof BPlusTree t) {
                trees.add(t);
            }
        }
        // The first write of the process on one thread: two threads initialising the B+tree classes at once
        // could wait on each other's class initialisation.
        if (!parallel || trees.size() != indexes.size() || indexes.size() < 2 || FIRST_WRITE.getAndSet(false)) {
            indexes.forEach(work);
            return;
        }
        // Every other index on the helper thread, with its transaction state: GSPO, GOSP, POSG here and GPOS, SPOG,
        // OSPG there, so that each thread has one of the two whose inserts land all over the tree (P- and O-first:
        // a new article's quads share predicates and objects with stored ones), where the G- and S-first ones
        // mostly append new graphs and subjects.
        List<TupleIndex> mine = new ArrayList<>();
        List<TupleIndex> theirs = new ArrayList<>();
        List<BPlusTree> theirTrees = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            if (i % 2 == 0) {
                mine.add(indexes.get(i));
            } else {
                theirs.add(indexes.get(i));
                theirTrees.add(trees.get(i));
            }
        }
        List<ComponentState> handed = new ArrayList<>();
        theirTrees.forEach(t -> handed.add(t.getComponentState()));
        Future<List<ComponentState>> helper = HELPER.submit(() -> {
            List<ComponentState> none = new ArrayList<>();
            for (int i = 0; i < theirTrees.size(); i++) {
                none.add(theirTrees.get(i).getComponentState());
                theirTrees.get(i).setComponentState(handed.get(i));
            }
            List<ComponentState> back = new ArrayList<>();
            try {
                theirs.forEach(work);
            } finally {
                for (int i = 0; i < theirTrees.size(); i++) {
                    back.add(theirTrees.get(i).getComponentState());
                    theirTrees.get(i).setComponentState(none.get(i));
                }
            }
            return back;
        });
        RuntimeException failed = null;
        try {
            mine.forEach(work);
        } catch (RuntimeException e) {
            failed = e;
        }
        // Wait for the helper even if interrupted: until it has handed the indexes back, an abort on this thread
        // would not reach them.
        List<ComponentState> back;
        boolean interrupted = false;
        while (true) {
            try {
                back = helper.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                throw new EntenteException("writing the store's indexes failed; the batch was not written: " + e.getCause(),
                        e.getCause());
            }
        }
        for (int i = 0; i < theirTrees.size(); i++) {
            theirTrees.get(i).setComponentState(back.get(i));
        }
        if (failed != null) {
            throw failed;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new EntenteException("interrupted while writing the store's indexes; the batch was not written");
        }
    }

    /** The quad's node ids in natural (G, S, P, O) order. */
    private static Tuple<NodeId> tuple(java.util.function.Function<org.apache.jena.graph.Node, NodeId> id, Quad q) {
        return TupleFactory.create4(id.apply(q.getGraph()), id.apply(q.getSubject()), id.apply(q.getPredicate()),
                id.apply(q.getObject()));
    }

    private static Row row(Tuple<NodeId> t, byte[] buf) {
        return new Row(t, new long[] {key(t.get(0), buf), key(t.get(1), buf), key(t.get(2), buf), key(t.get(3), buf)});
    }

    /** The 8 bytes TDB2 stores for a node id, as a long that compares (unsigned) like the B+tree keys. */
    private static long key(NodeId id, byte[] buf) {
        NodeIdFactory.set(id, buf, 0);
        long v = 0;
        for (byte b : buf) {
            v = (v << 8) | (b & 0xFF);
        }
        return v;
    }

    /** Orders rows as the index stores them. */
    private static Comparator<Row> byKey(TupleMap map) {
        // The natural slot (G=0, S=1, P=2, O=3) stored at each key position of this index.
        Tuple<Integer> slots = map.map(TupleFactory.create4(0, 1, 2, 3));
        int[] order = {slots.get(0), slots.get(1), slots.get(2), slots.get(3)};
        return (a, b) -> {
            for (int slot : order) {
                int c = Long.compareUnsigned(a.key()[slot], b.key()[slot]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
