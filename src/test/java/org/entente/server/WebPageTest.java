package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.entente.Pipeline;
import org.entente.article.Article;
import org.entente.rdf.ArticleGraph;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser (headless Chromium through Selenium) against a real server over a
 * TDB2 store: the graph view shows the stored actors and relations, the relation filter hides edges,
 * clicking an edge shows its evidence, and the SPARQL editor runs an example query. Skipped only when
 * Chromium and its driver are not installed (apt-get install chromium chromium-driver).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target", "web-page.png");
    private static final Path SCREENSHOT_SPARQL = Path.of("target", "web-page-sparql.png");
    private static final Path SCREENSHOT_ACTOR = Path.of("target", "web-page-actor.png");
    private static final Path SCREENSHOT_LARGE = Path.of("target", "web-page-large.png");

    /** Written as quads, so the page's checks do not depend on what the extractor finds. */
    private static final String SANCTION_EDGE = "sanctioned__org/eu__country/russia";
    private static final String SANCTION_EVIDENCE =
            "The European Union imposed new sanctions on Russia over the war in Ukraine.";

    private static Path dir;
    private static KnowledgeStore store;
    private static EntenteServer server;
    private static ChromeDriver driver;
    private static List<String> extracted = List.of();

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Chromium is not installed (apt-get install chromium chromium-driver)");
        dir = Files.createTempDirectory("entente-web-test");
        store = KnowledgeStore.open(dir.resolve("store"));

        Pipeline pipeline = Pipeline.builder().build();
        List<ArticleGraph> graphs = new ArrayList<>();
        graphs.add(pipeline.process(new Article("web-test-en-1",
                "Russian President Vladimir Putin spoke by phone with French President Emmanuel Macron on Monday. "
                        + "The two leaders discussed the situation in Ukraine.",
                "en", LocalDate.of(2024, 3, 6), "Putin and Macron hold phone call",
                "https://example.org/news/putin-macron-call", "Example News", "web-test")));
        graphs.add(pipeline.process(new Article("web-test-fr-1",
                "La France veut déployer des soldats en Roumanie. Emmanuel Macron a rencontré le président "
                        + "roumain Klaus Iohannis à Bucarest jeudi.",
                "fr", LocalDate.of(2024, 2, 29), "La France en Roumanie", null, "Exemple", "web-test")));
        store.writeActors(pipeline.dictionary().actors());
        store.write(graphs);
        Txn.executeWrite(store.dataset(), () -> UpdateAction.parseExecute(HAND_WRITTEN, store.dataset()));
        extracted = Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (var qe = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query(
                    "PREFIX dip: <https://w3id.org/entente/diplomacy#> SELECT ?a ?r ?t WHERE "
                            + "{ ?e dip:relation ?r ; dip:agent ?a ; dip:target ?t }").build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.get("a") + " " + r.get("r") + " " + r.get("t")));
            }
            return out;
        });
        System.out.println("WebPageTest store events:\n  " + String.join("\n  ", extracted));

        server = EntenteServer.create().dataset(store.datasetGraph()).port(0).build().start();

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1600,1000", "--user-data-dir=" + dir.resolve("chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.get(server.url());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js("return window.entente && window.entente.loaded")));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            try {
                for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                    System.out.println("browser: " + e.getLevel() + " " + e.getMessage());
                }
            } catch (RuntimeException ignored) {
                // logs are a help for debugging, not part of the test
            }
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    @Order(1)
    void graphShowsTheStoredActorsAndRelations() {
        List<String> labels = strings("return window.entente.cy.nodes(':visible').map(n => n.data('label'))");
        assertTrue(labels.containsAll(List.of("EU", "Russia", "Germany")), () -> "actors shown: " + labels);
        List<String> edges = strings("return window.entente.cy.edges(':visible').map(e => e.id())");
        assertTrue(edges.contains(SANCTION_EDGE), () -> "edges shown: " + edges);
        // The two hand-written supports events make one edge with a count of 2.
        assertEquals(2L, js("return window.entente.cy.getElementById('supports__country/germany__country/ukraine').data('count')"));
        // talkedWith is symmetric: drawn without an arrow.
        Object arrow = js("var e = window.entente.cy.edges('[rel = \"talkedWith\"]'); "
                + "return e.nonempty() ? e[0].style('target-arrow-shape') : 'none'");
        assertEquals("none", arrow);
        // Only actors taking part in events are drawn, not the whole dictionary.
        long nodes = (Long) js("return window.entente.cy.nodes().length");
        assertTrue(nodes < 30, "the graph holds " + nodes + " nodes");

        // The article read by the pipeline: Putin's phone call with Macron, if the extractor finds it.
        if (extracted.stream().anyMatch(s -> s.contains("talkedWith"))) {
            assertTrue(labels.contains("Vladimir Putin") && labels.contains("Emmanuel Macron"), () -> "actors shown: " + labels);
        }
        WebElement detail = driver.findElement(By.id("detail"));
        assertTrue(detail.getText().toLowerCase().contains("most connected actors"), detail.getText());
    }

    @Test
    @Order(2)
    void uncheckingARelationHidesItsEdges() {
        WebElement box = driver.findElement(By.cssSelector("#relation-filters input[type=checkbox][value=sanctioned]"));
        assertTrue(box.isSelected());
        box.click();
        // The filters apply on the change event; waiting (not sleeping) keeps a slow machine from failing.
        waitFor(() -> !visible(SANCTION_EDGE), "the sanctions edge is hidden");
        // Russia has other relations; the EU has none left, so it is hidden as an orphan.
        waitFor(() -> !visibleNode("org/eu"), "the EU, left without relations, is hidden");
        box.click();
        waitFor(() -> visible(SANCTION_EDGE), "the sanctions edge is back");

        // A date range hides the events outside it.
        String support = "supports__country/germany__country/ukraine";
        assertTrue(visible(support), "the hand-written February support edge is drawn");
        setDate("date-from", "2024-03-01");
        waitFor(() -> !visible(support), "February support is before the range");
        setDate("date-from", "");
        waitFor(() -> visible(support), "February support is back once the range is cleared");

        // Searching an actor keeps it and its neighbours.
        WebElement search = driver.findElement(By.id("actor-search"));
        search.sendKeys("union europeenne");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !visibleNode("country/ukraine"));
        assertTrue(visibleNode("org/eu") && visibleNode("country/russia"), "the EU and its neighbour Russia stay");
        assertFalse(visibleNode("country/germany"), "Germany is no neighbour of the EU here");
        search.clear();
        js("document.getElementById('actor-search').dispatchEvent(new Event('input'))");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleNode("country/ukraine"));
    }

    @Test
    @Order(3)
    void clickingAnEdgeShowsItsEvidence() throws IOException {
        js("var cy = window.entente.cy; var e = cy.getElementById('" + SANCTION_EDGE + "'); e.select(); e.emit('tap');");
        WebElement detail = driver.findElement(By.id("detail"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> detail.getText().contains(SANCTION_EVIDENCE));
        WebElement link = detail.findElement(By.cssSelector("a.article-link"));
        assertEquals("https://example.org/news/eu-sanctions", link.getAttribute("href"));
        assertTrue(detail.getText().contains("2024-03-04"), detail.getText());

        // Clicking an actor lists its relations.
        js("window.entente.cy.getElementById('country/russia').emit('tap')");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> detail.getText().contains("sanctioned by"));
        assertTrue(detail.getText().contains("EU"), detail.getText());
        screenshot(SCREENSHOT_ACTOR);

        // The picture: the whole graph, with an edge's events in the panel.
        js("var cy = window.entente.cy; cy.$(':selected').unselect(); "
                + "cy.getElementById('" + SANCTION_EDGE + "').select().emit('tap');");
        screenshot(SCREENSHOT);
    }

    @Test
    @Order(4)
    void exampleQueryRunsInTheEditor() throws IOException {
        driver.findElement(By.id("tab-sparql")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> Boolean.TRUE.equals(js("return !!document.querySelector('#yasgui .yasqe_queryButton')")));
        // The editor's default query reads the summary graph: the latest relations of the two ingested articles.
        assertTrue(((String) js("return window.entente.yasgui().getTab().getYasqe().getValue()")).contains("dip:RelationSummary"));
        assertTrue(runQueryInEditor() > 0, "the default query gives rows");
        Select examples = new Select(wait.until(d -> d.findElement(By.id("query-examples"))));
        wait.until(d -> examples.getOptions().size() > 1);
        // Each example loads into the editor; at least one gives rows on this small store (the
        // examples may be about actors it lacks).
        int withRows = 0;
        List<String> tried = new ArrayList<>();
        for (int i = 1; i < examples.getOptions().size() && withRows == 0; i++) {
            examples.selectByIndex(i);
            String query = (String) js("return window.entente.yasgui().getTab().getYasqe().getValue()");
            assertTrue(query.matches("(?is).*\\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\\b.*"), query);
            tried.add(examples.getFirstSelectedOption().getText());
            withRows = runQueryInEditor();
        }
        assertTrue(withRows > 0, "no example query gave rows in the results table; tried " + tried);

        // A SELECT with ?source ?relation ?target is drawn in the graph view.
        js("window.entente.yasgui().getTab().getYasqe().setValue("
                + "'PREFIX dip: <https://w3id.org/entente/diplomacy#>\\n"
                + "SELECT ?source ?relation ?target WHERE {\\n  ?e dip:relation ?relation ; dip:agent ?source ; dip:target ?target .\\n"
                + "  FILTER(?relation = dip:sanctioned)\\n}')");
        assertEquals(1, runQueryInEditor());
        assertTrue(driver.findElement(By.cssSelector("#yasgui .yasr")).getText().contains("sanctioned"));
        screenshot(SCREENSHOT_SPARQL);
        driver.findElement(By.id("show-as-graph")).click();
        wait.until(d -> driver.findElement(By.id("query-banner")).isDisplayed());
        assertEquals(List.of("EU", "Russia"), sortedLabels());
        driver.findElement(By.id("back-to-store")).click();
        wait.until(d -> (Long) js("return window.entente.cy.nodes(':visible').length") > 2);

        // So is a CONSTRUCT.
        driver.findElement(By.id("tab-sparql")).click();
        js("window.entente.yasgui().getTab().getYasqe().setValue("
                + "'PREFIX dip: <https://w3id.org/entente/diplomacy#>\\n"
                + "CONSTRUCT { ?a ?r ?t } WHERE {\\n  ?e dip:relation ?r ; dip:agent ?a ; dip:target ?t .\\n"
                + "  FILTER(?r = dip:supports)\\n}')");
        driver.findElement(By.id("show-as-graph")).click();
        wait.until(d -> driver.findElement(By.id("query-banner")).isDisplayed());
        assertEquals(List.of("Germany", "Ukraine"), sortedLabels());
        driver.findElement(By.id("back-to-store")).click();
        wait.until(d -> !driver.findElement(By.id("query-banner")).isDisplayed());

        // Everything the page loaded came from this server: no CDN, no prefix.cc, no LOV.
        List<String> foreign = strings("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => !n.startsWith(location.origin + '/') && !n.startsWith('data:'))");
        assertEquals(List.of(), foreign);
    }

    @Test
    @Order(5)
    void aLargeGraphStaysUsable() throws IOException {
        // 500 more actors and 1500 events, written while the server runs; the page reloads them.
        String[] types = {"Country", "Organisation", "Person", "Format", "Place"};
        String[] relations = {"talkedWith", "metWith", "visited", "supports", "criticized", "accused", "sanctioned",
                "deploys", "signedAgreementWith", "threatened"};
        java.util.Random random = new java.util.Random(42);
        StringBuilder u = new StringBuilder("""
                PREFIX dip: <https://w3id.org/entente/diplomacy#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                INSERT DATA {
                GRAPH <https://w3id.org/entente/graph/actors> {
                """);
        int actors = 500;
        for (int i = 0; i < actors; i++) {
            u.append("<https://w3id.org/entente/id/test/a").append(i).append("> a dip:").append(types[i % types.length])
                    .append(" ; rdfs:label \"Actor ").append(i).append("\"@en, \"Acteur ").append(i).append("\"@fr .\n");
        }
        u.append("}\nGRAPH <https://w3id.org/entente/article/web-test-large> {\n");
        for (int i = 0; i < 1500; i++) {
            // Skewed choice: a few actors take part in many events, as in the news.
            int a = (int) Math.floor(actors * Math.pow(random.nextDouble(), 2.5));
            int b = (a + 1 + random.nextInt(actors - 1)) % actors;
            u.append("<https://w3id.org/entente/article/web-test-large#e").append(i).append("> a dip:Event ; dip:relation dip:")
                    .append(relations[random.nextInt(relations.length)])
                    .append(" ; dip:agent <https://w3id.org/entente/id/test/a").append(a)
                    .append("> ; dip:target <https://w3id.org/entente/id/test/a").append(b)
                    .append("> ; dip:date \"2023-").append(String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .append("\"^^xsd:date ; dip:evidence \"Sentence ").append(i)
                    .append(".\" ; prov:wasDerivedFrom <https://w3id.org/entente/article/web-test-large> .\n");
        }
        u.append("}\n}\n");
        Txn.executeWrite(store.dataset(), () -> UpdateAction.parseExecute(u.toString(), store.dataset()));

        driver.findElement(By.id("tab-graph")).click();
        long start = System.nanoTime();
        js("window.entente.loaded = false; window.entente.reload()");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js("return window.entente.loaded")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("WebPageTest: 500 actors loaded and laid out in " + millis + " ms " + js("return JSON.stringify(window.entente.timings)"));
        long nodes = (Long) js("return window.entente.cy.nodes(':visible').length");
        assertTrue(nodes > actors, "nodes shown: " + nodes);
        assertTrue(millis < 30_000, "loading took " + millis + " ms");
        screenshot(SCREENSHOT_LARGE);
    }

    @Test
    @Order(6)
    void aLargeStoreLoadsTheArticlesOfItsMostRecentMonths() {
        // The summary graph counts the events that KnowledgeStore.write stored (the two articles read by the
        // pipeline), not those inserted by SPARQL Update. With the threshold at 0, the page takes the path of a
        // large store: the articles the summary links to its most recent months, and their events only.
        long expected = Txn.calculateRead(store.dataset(), () -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query("""
                    PREFIX dip: <https://w3id.org/entente/diplomacy#>
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
                      ?e dip:relation ?r ; dip:agent ?a ; dip:target ?t ; prov:wasDerivedFrom ?article .
                      ?article dcterms:identifier ?id FILTER (?id IN ("web-test-en-1", "web-test-fr-1"))
                    }""").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        try {
            js("window.entente.largeStoreEvents = 0; window.entente.loaded = false; window.entente.reload()");
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js("return window.entente.loaded")));
            List<String> months = strings("return window.entente.model.recentMonths");
            assertFalse(months.isEmpty(), "the page took the large-store path");
            List<String> articles = strings("return [...window.entente.model.edges.values()]"
                    + ".flatMap(e => e.events.map(x => x.articleId))");
            Map<String, Long> byArticle = articles.stream().collect(Collectors.groupingBy(a -> a, Collectors.counting()));
            assertEquals(expected, articles.size(), () -> "events drawn, by article: " + byArticle);
            assertTrue(articles.stream().allMatch(a -> a.equals("web-test-en-1") || a.equals("web-test-fr-1")),
                    () -> "only the articles the summary links to: " + byArticle);
            assertFalse(visible(SANCTION_EDGE), "the hand-written sanction (not in the summary) is not drawn");
            String stats = driver.findElement(By.id("stats")).getText();
            assertTrue(stats.contains("a large store: the events of the articles published in its"), stats);
        } finally {
            js("window.entente.largeStoreEvents = 20000; window.entente.loaded = false; window.entente.reload()");
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js("return window.entente.loaded")));
        }
        assertTrue(visible(SANCTION_EDGE), "a small store is read whole again");
    }

    // ------------------------------------------------------------------ helpers

    /** Runs the query in the editor with its own button; the number of rows in the results table. */
    private static int runQueryInEditor() {
        js("window.__answered = false; var t = window.entente.yasgui().getTab(); "
                + "if (!window.__listening) { window.__listening = true; "
                + "window.entente.yasgui().on('queryResponse', () => { window.__answered = true; }); }");
        driver.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> Boolean.TRUE.equals(js("return window.__answered")));
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> rowCount() > 0);
        } catch (org.openqa.selenium.TimeoutException noRows) {
            return 0;
        }
        return rowCount();
    }

    private static int rowCount() {
        return ((Long) js("return document.querySelectorAll('#yasgui .yasr table tbody tr').length - "
                + "document.querySelectorAll('#yasgui .yasr table tbody td.dataTables_empty').length")).intValue();
    }

    private static List<String> sortedLabels() {
        return strings("return window.entente.cy.nodes(':visible').map(n => n.data('label'))").stream().sorted()
                .collect(Collectors.toList());
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script) {
        Object o = js(script);
        assertNotNull(o, script);
        return ((List<Object>) o).stream().map(String::valueOf).collect(Collectors.toList());
    }

    private static boolean visible(String edgeId) {
        return Boolean.TRUE.equals(js("var e = window.entente.cy.getElementById('" + edgeId + "'); "
                + "return e.nonempty() && e.visible()"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not within 5 s: " + what + " (date-from = '"
                    + js("return document.getElementById('date-from').value") + "', stats: "
                    + js("return document.getElementById('stats').textContent") + ")", e);
        }
    }

    private static boolean visibleNode(String id) {
        return visible(id);
    }

    private static void setDate(String id, String value) {
        js("var i = document.getElementById('" + id + "'); i.value = '" + value + "'; i.dispatchEvent(new Event('change'))");
    }

    private static void screenshot(Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, to, StandardCopyOption.REPLACE_EXISTING);
    }


    /** One article of the shape RdfMapper writes, with a sanction and two support events. */
    private static final String HAND_WRITTEN = """
            PREFIX dip: <https://w3id.org/entente/diplomacy#>
            PREFIX ent: <https://w3id.org/entente/id/>
            PREFIX schema: <http://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            INSERT DATA {
              GRAPH <https://w3id.org/entente/article/web-test-en-2> {
                <https://w3id.org/entente/article/web-test-en-2> a schema:NewsArticle ;
                    dcterms:identifier "web-test-en-2" ; schema:inLanguage "en" ;
                    schema:headline "EU adopts new sanctions against Russia" ;
                    schema:datePublished "2024-03-04"^^xsd:date ;
                    schema:url "https://example.org/news/eu-sanctions"^^xsd:anyURI .
                <https://w3id.org/entente/article/web-test-en-2#e1> a dip:Sanction, dip:Event ;
                    dip:relation dip:sanctioned ; dip:agent <https://w3id.org/entente/id/org/eu> ; dip:target <https://w3id.org/entente/id/country/russia> ;
                    dip:date "2024-03-04"^^xsd:date ; dip:modality dip:Actual ;
                    dip:evidence "%s" ;
                    dip:trigger "sanctions" ; dip:confidence 0.9 ;
                    prov:wasDerivedFrom <https://w3id.org/entente/article/web-test-en-2> .
                <https://w3id.org/entente/article/web-test-en-2#e2> a dip:Support, dip:Event ;
                    dip:relation dip:supports ; dip:agent <https://w3id.org/entente/id/country/germany> ; dip:target <https://w3id.org/entente/id/country/ukraine> ;
                    dip:date "2024-02-20"^^xsd:date ; dip:modality dip:Actual ;
                    dip:evidence "Germany pledged further support to Ukraine." ; dip:trigger "support" ;
                    dip:confidence 0.8 ; prov:wasDerivedFrom <https://w3id.org/entente/article/web-test-en-2> .
                <https://w3id.org/entente/article/web-test-en-2#e3> a dip:Support, dip:Event ;
                    dip:relation dip:supports ; dip:agent <https://w3id.org/entente/id/country/germany> ; dip:target <https://w3id.org/entente/id/country/ukraine> ;
                    dip:date "2024-02-22"^^xsd:date ; dip:modality dip:Actual ;
                    dip:evidence "Berlin backs Kyiv, the chancellor said." ; dip:trigger "backs" ;
                    dip:confidence 0.7 ; prov:wasDerivedFrom <https://w3id.org/entente/article/web-test-en-2> .
                <https://w3id.org/entente/article/web-test-en-2#e4> a dip:Criticism, dip:Event ;
                    dip:relation dip:criticized ; dip:agent <https://w3id.org/entente/id/country/russia> ; dip:target <https://w3id.org/entente/id/country/germany> ;
                    dip:date "2024-03-05"^^xsd:date ; dip:modality dip:Actual ;
                    dip:evidence "Moscow criticised Berlin for its arms deliveries." ; dip:trigger "criticised" ;
                    dip:confidence 0.75 ; prov:wasDerivedFrom <https://w3id.org/entente/article/web-test-en-2> .
                <https://w3id.org/entente/id/org/eu> dip:sanctioned <https://w3id.org/entente/id/country/russia> .
                <https://w3id.org/entente/id/country/germany> dip:supports <https://w3id.org/entente/id/country/ukraine> .
                <https://w3id.org/entente/id/country/russia> dip:criticized <https://w3id.org/entente/id/country/germany> .
              }
            }
            """.formatted(SANCTION_EVIDENCE);
}
