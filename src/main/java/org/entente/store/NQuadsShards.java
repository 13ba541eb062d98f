package org.entente.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.EntenteException;
import org.entente.actors.Actor;
import org.entente.rdf.ArticleGraph;
import org.entente.rdf.Dip;
import org.entente.rdf.RdfMapper;

/**
 * Writes article graphs as N-Quads shards for a bulk loader ({@code tdb2.tdbloader}, {@code tdb2.xloader},
 * or another store's): {@code part-00000.nq}, {@code part-00001.nq}, … with {@code shardSize} articles
 * each, and, on {@link #close()}, {@code actors.nq} holding the actors graph (the dictionary's actors and
 * every actor the articles describe). A shard is written as {@code part-NNNNN.nq.tmp} and renamed when
 * complete, so an interrupted run never leaves a truncated file that looks finished. Loading every
 * {@code *.nq} file gives the same quads as {@code entente ingest} into an empty store.
 */
public final class NQuadsShards implements GraphSink {
    public static final String ACTORS_FILE = "actors.nq";

    private final Path dir;
    private final int shardSize;
    private final Graph actors = GraphFactory.createDefaultGraph();
    private final List<Path> written = new ArrayList<>();
    private int shard = -1;
    private int inShard;
    private OutputStream out;
    private StreamRDF stream;
    private Path tmp;
    private long articles;

    /** Creates {@code dir} if needed; refuses a directory already holding shards (they would mix). */
    public NQuadsShards(Path dir, int shardSize) {
        if (shardSize < 1) {
            throw new EntenteException("--shard-size must be at least 1, not " + shardSize);
        }
        this.dir = dir;
        this.shardSize = shardSize;
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new EntenteException("--output-dir " + dir + " is a file, not a directory");
            }
            Files.createDirectories(dir);
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "{part-*.nq,part-*.nq.tmp," + ACTORS_FILE + "}")) {
                if (s.iterator().hasNext()) {
                    throw new EntenteException("--output-dir " + dir + " already holds shards (part-*.nq, "
                            + ACTORS_FILE + "); give an empty or new directory");
                }
            }
        } catch (IOException e) {
            throw new EntenteException("--output-dir " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    /** Shard files written and closed so far (and {@code actors.nq} after {@link #close()}). */
    public List<Path> files() {
        return List.copyOf(written);
    }

    public long articles() {
        return articles;
    }

    @Override
    public void writeActors(Collection<Actor> list) {
        list.forEach(a -> RdfMapper.describe(a, actors));
    }

    @Override
    public void write(Collection<ArticleGraph> batch) {
        for (ArticleGraph a : batch) {
            if (stream == null || inShard >= shardSize) {
                finishShard();
                startShard();
            }
            Node g = NodeFactory.createURI(a.name());
            a.graph().find().forEach(t -> stream.quad(Quad.create(g, t)));
            a.actors().find().forEach(actors::add);
            inShard++;
            articles++;
        }
    }

    private void startShard() {
        shard++;
        inShard = 0;
        tmp = dir.resolve(String.format("part-%05d.nq.tmp", shard));
        out = open(tmp);
        stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        stream.start();
    }

    private void finishShard() {
        if (stream == null) {
            return;
        }
        stream.finish();
        Path done = Path.of(tmp.toString().substring(0, tmp.toString().length() - ".tmp".length()));
        closeAndRename(out, tmp, done);
        written.add(done);
        stream = null;
    }

    private static OutputStream open(Path p) {
        try {
            return new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
        } catch (IOException e) {
            throw new EntenteException("cannot write " + p + ": " + e.getMessage(), e);
        }
    }

    private static void closeAndRename(OutputStream out, Path tmp, Path done) {
        try {
            out.close();
            Files.move(tmp, done, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new EntenteException("cannot write " + done + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new EntenteException("cannot write " + done + ": " + e.getCause().getMessage(), e);
        }
    }

    /** After a failure: closes the open shard and leaves it as {@code .tmp} (no {@code actors.nq}). */
    public void abort() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException | RuntimeException ignored) {
                // already failing; the .tmp file shows the shard is incomplete
            }
        }
        stream = null;
    }

    /** Finishes the last shard and writes {@code actors.nq}; call only when the run succeeded. */
    @Override
    public void close() {
        finishShard();
        Path tmpActors = dir.resolve(ACTORS_FILE + ".tmp");
        OutputStream o = open(tmpActors);
        StreamRDF s = StreamRDFWriter.getWriterStream(o, RDFFormat.NQUADS);
        s.start();
        Node g = NodeFactory.createURI(Dip.ACTORS_GRAPH);
        actors.find().forEach(t -> s.quad(Quad.create(g, t)));
        s.finish();
        Path done = dir.resolve(ACTORS_FILE);
        closeAndRename(o, tmpActors, done);
        written.add(done);
    }
}
