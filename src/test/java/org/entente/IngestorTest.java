package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.rdf.ArticleGraph;
import org.junit.jupiter.api.Test;

/** Batching of the ingest: sizes, order and completeness, on the sample articles of data/. */
class IngestorTest {
    private static List<List<String>> ingest(Ingestor.Builder b) {
        List<List<String>> batches = new ArrayList<>();
        Ingestor.Report r = b.pipeline(TestPipelines.get()).threads(2).sink(batch -> {
            batches.add(batch.stream().map(ArticleGraph::articleId).toList());
        }).build().run(List.of(Path.of("data")));
        assertTrue(r.ok(), r.toString());
        assertEquals(r.stored(), batches.stream().mapToInt(List::size).sum());
        return batches;
    }

    @Test
    void batchesGrowFromTheFirstSizeToTheMaximum() {
        List<List<String>> fixed = ingest(Ingestor.builder().batchSize(3));
        int n = fixed.stream().mapToInt(List::size).sum();
        assertTrue(n >= 10, "data/ holds at least 10 articles, got " + n);
        fixed.subList(0, fixed.size() - 1).forEach(b -> assertEquals(3, b.size(), fixed.toString()));

        List<List<String>> growing = ingest(Ingestor.builder().batchSizes(1, 4));
        List<Integer> sizes = growing.stream().map(List::size).toList();
        List<Integer> expected = new ArrayList<>();
        for (int size = 1, left = n; left > 0; size = Math.min(4, size * 2)) {
            expected.add(Math.min(size, left));
            left -= Math.min(size, left);
        }
        assertEquals(expected, sizes);
        // Same articles, in the same order, whatever the batching.
        assertEquals(fixed.stream().flatMap(List::stream).toList(), growing.stream().flatMap(List::stream).toList());
        Set<String> ids = new HashSet<>(growing.stream().flatMap(List::stream).toList());
        assertEquals(n, ids.size(), "each article once");
    }

    @Test
    void byDefaultASmallIngestIsOneBatchAndBadSizesAreRefused() {
        List<List<String>> batches = ingest(Ingestor.builder());
        assertEquals(1, batches.size(), "fewer articles than the first default batch (" + Ingestor.FIRST_BATCH + ")");
        EntenteException zero = assertThrows(EntenteException.class, () -> Ingestor.builder().batchSize(0));
        assertTrue(zero.getMessage().contains("--batch must be at least 1"), zero.getMessage());
        assertThrows(EntenteException.class, () -> Ingestor.builder().batchSizes(8, 4));
    }
}
