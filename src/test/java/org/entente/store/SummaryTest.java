package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.entente.Ingestor;
import org.entente.TestPipelines;
import org.entente.rdf.ShapesValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary graph equals an aggregation of the events done by SPARQL, after an ingest, a re-ingest
 * that changes an article, the removal of articles, and on a store that had no summary yet; and the
 * summary example queries answer as their event-level versions do.
 */
class SummaryTest {
    @TempDir
    Path tmp;

    private static final String EVENTS = """
            PREFIX dip: <https://w3id.org/entente/diplomacy#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <http://schema.org/>
            SELECT ?g ?e ?cls ?a ?rel ?b ?date ?gs ?mod ?article ?ev WHERE {
              VALUES ?cls { dip:Event dip:Affiliation }
              GRAPH ?g {
                ?e a ?cls ; dip:relation ?rel ; dip:agent ?a ; dip:target ?b ; prov:wasDerivedFrom ?article .
                OPTIONAL { ?e dip:date ?d }
                OPTIONAL { ?article schema:datePublished ?p }
                OPTIONAL { ?e dip:goldstein ?gs }
                OPTIONAL { ?e dip:modality ?mod }
                OPTIONAL { ?e dip:evidence ?ev }
              }
              BIND (STR(COALESCE(?d, ?p)) AS ?date)
            }""";

    /** Binary relation triples of the article graphs, as the mapper writes them (both ways if symmetric). */
    private static final String TRIPLES = """
            SELECT ?g ?s ?p ?o WHERE {
              GRAPH ?g { ?s ?p ?o }
              FILTER (STRSTARTS(STR(?p), "https://w3id.org/entente/diplomacy#") && STRSTARTS(STR(?s), "https://w3id.org/entente/id/")
                      && isIRI(?o) && STRSTARTS(STR(?o), "https://w3id.org/entente/id/"))
            }""";

    /** The actors each article mentions, with its publication date. */
    private static final String MENTIONS = """
            PREFIX dip: <https://w3id.org/entente/diplomacy#>
            PREFIX schema: <http://schema.org/>
            SELECT DISTINCT ?article ?x ?p WHERE {
              GRAPH ?g { ?article dip:mentions ?x OPTIONAL { ?article schema:datePublished ?p } }
            }""";

    /** The summary as SPARQL over the events and triples gives it. */
    private static Map<Summary.Key, Summary.Value> expected(KnowledgeStore ks) {
        Map<Summary.Key, Summary.Value> out = new HashMap<>();
        Map<Summary.Key, Set<Node>> graphs = new HashMap<>();
        Map<Summary.Key, Set<Node>> actualGraphs = new HashMap<>();
        Map<Summary.Key, Set<Node>> plannedGraphs = new HashMap<>();
        // Month -> the (agent, target) pairs with at least one Goldstein weight that month.
        Map<String, Set<List<Node>>> scoredPairs = new HashMap<>();
        String dip = "https://w3id.org/entente/diplomacy#";
        try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(EVENTS).build()) {
            qe.execSelect().forEachRemaining(r -> {
                Node g = r.getResource("g").asNode();
                boolean event = r.getResource("cls").getURI().equals(dip + "Event");
                String date = r.contains("date") ? r.getLiteral("date").getString() : null;
                String month = date == null ? "" : date.substring(0, 7);
                Node a = r.getResource("a").asNode();
                Node rel = r.getResource("rel").asNode();
                Node b = r.getResource("b").asNode();
                String mod = r.contains("mod") ? r.getResource("mod").getURI() : "";
                String ev = r.contains("ev") ? r.getLiteral("ev").getLexicalForm() : null;
                if (event && r.contains("gs")) {
                    scoredPairs.computeIfAbsent(month, x -> new HashSet<>()).add(List.of(a, b));
                }
                List<Summary.Key> keys = new ArrayList<>();
                if (event) {
                    keys.addAll(new Summary.Key(a, rel, b, month).withRollups());
                }
                keys.add(new Summary.Key(a, rel, b, "*"));
                if (org.entente.extract.RelationType.of(rel.getLocalName()).symmetric() && !a.equals(b)) {
                    keys.add(new Summary.Key(b, rel, a, "*"));
                }
                for (Summary.Key k : keys) {
                    Summary.Value v = out.computeIfAbsent(k, x -> new Summary.Value());
                    v.events++;
                    if (!k.assertion() && graphs.computeIfAbsent(k, x -> new HashSet<>()).add(g)) {
                        v.articles++;
                    }
                    if (r.contains("gs")) {
                        v.goldsteinCount++;
                        v.goldsteinSum = v.goldsteinSum.add(new BigDecimal(r.getLiteral("gs").getLexicalForm()));
                    }
                    if (k.assertion() && mod.equals(dip + "Actual") && actualGraphs.computeIfAbsent(k, x -> new HashSet<>()).add(g)) {
                        v.actual++;
                    }
                    if (k.assertion() && mod.equals(dip + "Planned") && plannedGraphs.computeIfAbsent(k, x -> new HashSet<>()).add(g)) {
                        v.planned++;
                    }
                    if (k.full() && date != null) {
                        String article = r.getResource("article").getURI();
                        v.first = v.first == null || date.compareTo(v.first) < 0 ? date : v.first;
                        if (v.last == null || date.compareTo(v.last) > 0
                                || date.equals(v.last) && article.compareTo(v.lastArticle) > 0
                                || date.equals(v.last) && article.equals(v.lastArticle) && ev != null
                                && (v.lastEvidence == null || ev.compareTo(v.lastEvidence) > 0)) {
                            v.last = date;
                            v.lastArticle = article;
                            v.lastEvidence = ev;
                        }
                    }
                }
            });
        }
        // A month node counts the pair-months with a Goldstein weight.
        out.forEach((k, v) -> {
            if (k.monthOnly()) {
                v.scoredPairs = scoredPairs.getOrDefault(k.month(), Set.of()).size();
                // ... and those of the later months.
                if (!k.month().isEmpty()) {
                    scoredPairs.forEach((m, pairs) -> {
                        if (!m.isEmpty() && m.compareTo(k.month()) > 0) {
                            v.laterScoredPairs += pairs.size();
                        }
                    });
                }
            }
        });
        // Mention nodes: the articles mentioning an actor, by month of publication.
        try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(MENTIONS).build()) {
            qe.execSelect().forEachRemaining(r -> {
                String month = r.contains("p") ? r.getLiteral("p").getLexicalForm().substring(0, 7) : "";
                Summary.Value v = out.computeIfAbsent(Summary.Key.mention(r.getResource("x").asNode(), month), x -> new Summary.Value());
                if (v.links == null) {
                    v.links = new java.util.TreeSet<>();
                }
                if (v.links.add(r.getResource("article").getURI())) {
                    v.articles++;
                }
            });
        }
        // Articles of an assertion node: the article graphs that hold its triple.
        try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(TRIPLES).build()) {
            qe.execSelect().forEachRemaining(r -> {
                Summary.Key k = new Summary.Key(r.getResource("s").asNode(), r.getResource("p").asNode(),
                        r.getResource("o").asNode(), "*");
                Summary.Value v = out.get(k);
                assertTrue(v != null, "a relation triple that no event gives: " + k);
                if (graphs.computeIfAbsent(k, x -> new HashSet<>()).add(r.getResource("g").asNode())) {
                    v.articles++;
                }
            });
        }
        return out;
    }

    private static void check(KnowledgeStore ks) {
        Txn.executeRead(ks.dataset(), () -> {
            DatasetGraph dsg = ks.datasetGraph();
            Map<Summary.Key, Summary.Value> want = expected(ks);
            Map<Summary.Key, Summary.Value> have = Summary.stored(dsg);
            assertFalse(want.isEmpty(), "no events");
            List<String> diff = new ArrayList<>();
            for (Summary.Key k : want.keySet()) {
                if (!want.get(k).equals(have.get(k))) {
                    diff.add(k + ": events say " + want.get(k) + ", summary " + have.get(k));
                }
            }
            for (Summary.Key k : have.keySet()) {
                if (!want.containsKey(k)) {
                    diff.add(k + ": in the summary only: " + have.get(k));
                }
            }
            assertTrue(diff.isEmpty(), diff.size() + " differences, e.g. " + diff.subList(0, Math.min(5, diff.size())));
            // Each node once, with one value per property: the SHACL shapes say so.
            ShapesValidator.Report r = ShapesValidator.bundled().validate(dsg);
            assertTrue(r.problems().isEmpty(), r.problems().toString());
        });
    }

    private static int ingest(KnowledgeStore ks, Path file) {
        return Ingestor.builder().pipeline(TestPipelines.get()).threads(2).batchSize(3).sink(ks::write).build()
                .run(List.of(file)).stored();
    }

    private static String json(String id, String date, String text) {
        return "{\"id\":\"" + id + "\",\"lang\":\"en\",\"date\":\"" + date + "\",\"text\":\"" + text + "\"}\n";
    }

    @Test
    void summaryEqualsTheEventsAfterIngestReingestAndRemoval() throws IOException {
        try (KnowledgeStore ks = TestPipelines.storeFromData(tmp.resolve("store"))) {
            check(ks);
            List<String> ids = ks.articleIds();
            // Re-ingest two stored articles with other text and dates, and add a new one.
            Path f = tmp.resolve("changed.jsonl");
            Files.writeString(f, json(ids.get(0), "2019-05-02",
                    "Russian President Vladimir Putin spoke by phone with French President Emmanuel Macron on Monday. "
                            + "Russia accused Ukraine of shelling Donetsk.")
                    + json(ids.get(1), "2023-03-06", "France condemned the Russian strikes on Kyiv.")
                    + json("summary-new", "2023-03-07",
                    "Emmanuel Macron met Olaf Scholz in Berlin. Germany will send troops to Lithuania."), StandardCharsets.UTF_8);
            assertEquals(3, ingest(ks, f));
            check(ks);
            // The same again: nothing changes.
            assertEquals(3, ingest(ks, f));
            check(ks);
            assertEquals(2, ks.remove(List.of(ids.get(2), "summary-new", "no-such-article")));
            assertFalse(ks.articleIds().contains(ids.get(2)));
            check(ks);
            assertEquals(1, ks.remove(List.of(ids.get(0))));
            check(ks);
            // Two articles count in the same nodes; removing the one with the first date moves the first date.
            Path two = tmp.resolve("two.jsonl");
            Files.writeString(two, json("sum-a", "2023-04-02", "Emmanuel Macron met Olaf Scholz in Berlin.")
                    + json("sum-b", "2023-04-20", "Emmanuel Macron met Olaf Scholz in Berlin.")
                    + json("sum-c", "2023-04-11", "Emmanuel Macron met Olaf Scholz in Berlin."), StandardCharsets.UTF_8);
            assertEquals(3, ingest(ks, two));
            check(ks);
            assertEquals(1, ks.remove(List.of("sum-a")));
            check(ks);
            Files.writeString(two, json("sum-b", "2023-04-05", "Emmanuel Macron met Olaf Scholz in Berlin."),
                    StandardCharsets.UTF_8);
            assertEquals(1, ingest(ks, two));
            check(ks);
            assertEquals(1, ks.remove(List.of("sum-c")));
            check(ks);
        }
    }

    @Test
    void aStoreWithoutSummaryGetsOneAtItsNextWrite() throws IOException {
        try (KnowledgeStore ks = TestPipelines.storeFromData(tmp.resolve("store"))) {
            Txn.executeWrite(ks.dataset(), () -> ks.datasetGraph().removeGraph(Summary.GRAPH));
            Path f = tmp.resolve("one.jsonl");
            Files.writeString(f, json("summary-one", "2023-03-07", "Emmanuel Macron met Olaf Scholz in Berlin."),
                    StandardCharsets.UTF_8);
            assertEquals(1, ingest(ks, f));
            check(ks);
            assertTrue(ks.rebuildSummary() > 0);
            check(ks);
            // A summary written before the month and mention nodes is rebuilt at the next write too.
            Txn.executeWrite(ks.dataset(), () -> {
                DatasetGraph dsg = ks.datasetGraph();
                for (Node type : List.of(Summary.MONTH_SUMMARY, Summary.MENTION_SUMMARY)) {
                    List<Node> nodes = new ArrayList<>();
                    dsg.find(Summary.GRAPH, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), type)
                            .forEachRemaining(q -> nodes.add(q.getSubject()));
                    nodes.forEach(n -> dsg.deleteAny(Summary.GRAPH, n, Node.ANY, Node.ANY));
                }
            });
            Files.writeString(f, json("summary-two", "2023-03-08", "Emmanuel Macron met Olaf Scholz in Paris."),
                    StandardCharsets.UTF_8);
            assertEquals(1, ingest(ks, f));
            check(ks);
        }
    }

    private static List<String> rows(KnowledgeStore ks, Path query, String... vars) throws IOException {
        String text = Files.readString(query, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        Txn.executeRead(ks.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(text).build()) {
                qe.execSelect().forEachRemaining((QuerySolution r) -> {
                    StringBuilder sb = new StringBuilder();
                    for (String v : vars) {
                        sb.append(r.contains(v) ? r.get(v).isLiteral() ? r.getLiteral(v).getLexicalForm() : r.get(v).toString() : "-")
                                .append('|');
                    }
                    out.add(sb.toString());
                });
            }
        });
        return out;
    }

    private Path write(String query) throws IOException {
        Path f = Files.createTempFile(tmp, "q", ".rq");
        Files.writeString(f, query, StandardCharsets.UTF_8);
        return f;
    }

    /** The ordering key (month, goldstein) of a cooperation-conflict row. */
    private static String key(String row) {
        String[] p = row.split("\\|");
        return p[2] + "|" + new BigDecimal(p[4]).stripTrailingZeros();
    }

    @Test
    void summaryQueriesAnswerAsTheEventLevelQueries() throws IOException {
        try (KnowledgeStore ks = TestPipelines.storeFromData(tmp.resolve("store"))) {
            List<String> events = rows(ks, Path.of("queries/events/relations-by-month.rq"), "month", "relation", "events");
            List<String> summary = rows(ks, Path.of("queries/relations-by-month.rq"), "month", "relation", "events");
            assertFalse(summary.isEmpty());
            assertEquals(new HashSet<>(events), new HashSet<>(summary));
            assertEquals(events.size(), summary.size());
            // The network queries: the same rows as from the article graphs.
            for (String[] q : List.of(new String[] {"accusation-network", "sourceLabel", "relation", "targetLabel", "times"},
                    new String[] {"talked-with-counts", "a", "aLabel", "b", "bLabel", "articles"},
                    new String[] {"leaders", "personLabel", "person_wd", "ofLabel", "articles"},
                    new String[] {"deployments", "fromLabel", "toLabel", "modality", "articles"})) {
                String[] vars = java.util.Arrays.copyOfRange(q, 1, q.length);
                List<String> fromEvents = new ArrayList<>(rows(ks, Path.of("queries/events/" + q[0] + ".rq"), vars));
                List<String> fromSummary = new ArrayList<>(rows(ks, Path.of("queries/" + q[0] + ".rq"), vars));
                assertFalse(fromSummary.isEmpty(), q[0]);
                java.util.Collections.sort(fromEvents);
                java.util.Collections.sort(fromSummary);
                assertEquals(fromEvents, fromSummary, q[0]);
            }
            // Timelines: each (month, relation, other actor) of the summary query has the events and the last date
            // of the event-level rows, and the evidence of an event of that date.
            Map<String, List<String>> byGroup = new HashMap<>();
            for (String r : rows(ks, Path.of("queries/events/actor-timeline.rq"), "date", "relation", "otherLabel", "evidence")) {
                String[] p = r.split("\\|");
                // The event-level query gives the relation's IRI, the summary one its local name.
                p[1] = p[1].substring(p[1].indexOf('#') + 1);
                byGroup.computeIfAbsent(p[0].substring(0, 7) + "|" + p[1] + "|" + p[2], x -> new ArrayList<>())
                        .add(String.join("|", p) + "|");
            }
            List<String> timeline = rows(ks, Path.of("queries/actor-timeline.rq"), "month", "date", "relation", "otherLabel",
                    "events", "evidence");
            assertEquals(byGroup.size(), timeline.size(), timeline.toString());
            for (String r : timeline) {
                String[] p = r.split("\\|");
                List<String> group = byGroup.get(p[0] + "|" + p[2] + "|" + p[3]);
                assertTrue(group != null, r);
                assertEquals(group.size(), Integer.parseInt(p[4]), r);
                String last = group.stream().map(e -> e.split("\\|")[0]).max(String::compareTo).orElseThrow();
                assertEquals(last, p[1], r);
                assertTrue(group.contains(p[1] + "|" + p[2] + "|" + p[3] + "|" + p[5] + "|"), r + " evidence of an event that day: " + group);
            }
            // Relations with evidence: each summary row's evidence and article are those of an event of that relation
            // and pair on that date (its dip:date, or the article's date when it has none), as the event-level query
            // gives them.
            List<String> evidence = rows(ks, Path.of("queries/relations-with-evidence.rq"), "relation", "agentLabel",
                    "targetLabel", "date", "evidence", "article");
            assertFalse(evidence.isEmpty());
            assertTrue(evidence.stream().noneMatch(r -> r.contains("|-|")), "every row has its evidence: " + evidence);
            Set<String> eventRows = new HashSet<>(rows(ks, Path.of("queries/events/relations-with-evidence.rq"), "relation",
                    "agentLabel", "targetLabel", "date", "evidence", "article"));
            for (String r : evidence) {
                String[] p = r.split("\\|");
                String undated = p[0] + "|" + p[1] + "|" + p[2] + "|-|" + p[4] + "|" + p[5] + "|";
                assertTrue(eventRows.contains(r) || eventRows.contains(undated), r + " is not an event of the article graphs");
            }
            // Cooperation and conflict: every row of the summary query is a row of the event-level one
            // (which also has the undated pair-months, and no LIMIT).
            Set<String> all = new HashSet<>();
            for (String r : rows(ks, Path.of("queries/events/cooperation-conflict.rq"), "aLabel", "bLabel", "month",
                    "events", "goldstein")) {
                String[] p = r.split("\\|");
                all.add(p[0] + "|" + p[1] + "|" + p[2] + "|" + p[3] + "|" + new BigDecimal(p[4]).stripTrailingZeros());
            }
            List<String> rows = rows(ks, Path.of("queries/cooperation-conflict.rq"), "aLabel", "bLabel", "month",
                    "events", "goldstein");
            assertFalse(rows.isEmpty());
            // Articles mentioning two actors: the recent months' articles when they hold enough, else every one,
            // as the query reading every article gives them (both branches: small limits take the first).
            String two = Files.readString(Path.of("queries/articles-mentioning-two.rq"), StandardCharsets.UTF_8);
            String plain = Files.readString(Path.of("queries/events/articles-mentioning-two.rq"), StandardCharsets.UTF_8);
            for (String[] pair : List.of(new String[] {"Q159", "Q7184"}, new String[] {"Q159", "Q212"}, new String[] {"Q142", "Q183"})) {
                String p1 = plain.replace("Q159", pair[0]).replace("Q7184", pair[1]);
                String t1 = two.replace("Q159", pair[0]).replace("Q7184", pair[1]);
                int both = rows(ks, write(p1.replace("LIMIT 100", "")), "id").size();
                assertTrue(both >= 1, "articles mentioning " + pair[0] + " and " + pair[1] + " in data/");
                for (int n : new int[] {1, 2, 3, both, both + 1, 100}) {
                    String limited = t1.replace("LIMIT 100", "LIMIT " + n).replace("?c < 100", "?c < " + n);
                    assertTrue(limited.contains("?c < " + n) && (n == 100 || !limited.contains("LIMIT 100")), "query text changed");
                    assertEquals(rows(ks, write(p1.replace("LIMIT 100", "LIMIT " + n)), "id", "date", "title"),
                            rows(ks, write(limited), "id", "date", "title"), pair[0] + " " + pair[1] + " LIMIT " + n);
                }
            }
            // The month-first query gives the N most recent pair-months as reading every pair-month node does.
            String query = Files.readString(Path.of("queries/cooperation-conflict.rq"), StandardCharsets.UTF_8);
            for (int n : new int[] {1, 3, 10, 200}) {
                String limited = query.replace("LIMIT 200", "LIMIT " + n).replace("?later < 200", "?later < " + n);
                String allMonths = limited.replaceAll("(?s)# The months that can hold.*?FILTER \\(\\?later < \\d+\\)", "");
                assertTrue(allMonths.length() < limited.length() && limited.contains("?later < " + n), "query text changed");
                Path a = tmp.resolve("cc-months.rq");
                Path b = tmp.resolve("cc-all.rq");
                Files.writeString(a, limited, StandardCharsets.UTF_8);
                Files.writeString(b, allMonths, StandardCharsets.UTF_8);
                List<String> monthFirst = rows(ks, a, "aLabel", "bLabel", "month", "events", "goldstein");
                List<String> everyNode = rows(ks, b, "aLabel", "bLabel", "month", "events", "goldstein");
                assertEquals(everyNode.size(), monthFirst.size(), "rows for LIMIT " + n);
                // Ties in (month, goldstein) at the limit may be cut either way: compare the rows before the last key.
                String lastKey = key(everyNode.get(everyNode.size() - 1));
                assertEquals(everyNode.stream().filter(r -> !key(r).equals(lastKey)).sorted().toList(),
                        monthFirst.stream().filter(r -> !key(r).equals(lastKey)).sorted().toList(), "LIMIT " + n);
                assertEquals(key(everyNode.get(everyNode.size() - 1)), key(monthFirst.get(monthFirst.size() - 1)), "LIMIT " + n);
            }
            for (String r : rows) {
                String[] p = r.split("\\|");
                String key = p[0] + "|" + p[1] + "|" + p[2] + "|" + p[3] + "|" + new BigDecimal(p[4]).stripTrailingZeros();
                assertTrue(all.contains(key), key + " not in the event-level answer");
            }
        }
    }
}
