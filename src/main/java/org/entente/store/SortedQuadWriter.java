package org.entente.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;

/**
 * Adds quads to TDB2 inside the caller's write transaction the way Jena's bulk loaders do: node ids
 * first, then one index at a time with the tuples sorted in that index's key order, so that
 * consecutive B+tree inserts land in the same leaf (a quad added with {@code DatasetGraph.add} goes to
 * six indexes at six unrelated places). The result is the same set of quads as {@code add} would give.
 */
final class SortedQuadWriter {
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
        NodeTupleTable ntt = dsg.getQuadTable().getNodeTupleTable();
        NodeTable nodes = ntt.getNodeTable();
        TupleTable table = ntt.getTupleTable();
        TupleIndex[] indexes = table.getIndexes();
        List<Row> rows = new ArrayList<>(fresh.size() + maybeStored.size());
        byte[] buf = new byte[NodeId.SIZE];
        for (Quad q : fresh) {
            rows.add(row(nodes, q, buf));
        }
        for (Quad q : maybeStored) {
            Row r = row(nodes, q, buf);
            Iterator<Tuple<NodeId>> it = indexes[0].find(r.tuple());
            if (!it.hasNext()) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        Row[] sorted = rows.toArray(new Row[0]);
        for (TupleIndex index : indexes) {
            if (index == null) {
                continue;
            }
            TupleMap map = index.getMapping();
            // The natural slot (G=0, S=1, P=2, O=3) stored at each key position of this index.
            Tuple<Integer> slots = map.map(TupleFactory.create4(0, 1, 2, 3));
            int[] order = {slots.get(0), slots.get(1), slots.get(2), slots.get(3)};
            Arrays.sort(sorted, byKey(order));
            for (Row r : sorted) {
                index.add(r.tuple());
            }
        }
    }

    private static Row row(NodeTable nodes, Quad q, byte[] buf) {
        NodeId g = nodes.getAllocateNodeId(q.getGraph());
        NodeId s = nodes.getAllocateNodeId(q.getSubject());
        NodeId p = nodes.getAllocateNodeId(q.getPredicate());
        NodeId o = nodes.getAllocateNodeId(q.getObject());
        return new Row(TupleFactory.create4(g, s, p, o), new long[] {key(g, buf), key(s, buf), key(p, buf), key(o, buf)});
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

    /** Orders rows as the index stores them: order[i] is the natural slot at key position i. */
    private static Comparator<Row> byKey(int[] order) {
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
