package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.entente.EntenteException;
import org.entente.actors.Actor;
import org.entente.article.Article;
import org.entente.extract.Event;
import org.entente.extract.Extraction;
import org.entente.extract.RelationType;

/**
 * Scores extracted relations against gold annotations with the matching rules of
 * {@code RELATIONS.md} (the same as {@code score.py}): per article, one match per gold relation;
 * an actor matches by Wikidata id or by a label compared without case, accents, punctuation or a
 * leading article; symmetric relations match either way round; optional gold relations are neither
 * missed nor spurious. Also actor recall: of the actors of the non-optional gold relations, how many
 * the article's graph holds.
 *
 * <pre>{@code
 * Scorer.Result r = Scorer.score(Scorer.readGold(path), article -> pipeline.extract(article));
 * }</pre>
 */
public final class Scorer {
    /** One gold article: the article and its relations. */
    public record GoldArticle(Article article, List<GoldRelation> relations) {
    }

    public record GoldRelation(Set<String> s, String p, Set<String> o, boolean optional) {
    }

    /** Counts per relation and per language, the errors, and actor recall. */
    public record Result(Map<String, int[]> perRelation, Map<String, int[]> perLanguage, List<String> errors,
                         int actorsFound, int actorsTotal, int articles, Map<String, int[]> actorsPerLanguage) {
        public int[] total() {
            int[] t = new int[3];
            perRelation.values().forEach(v -> {
                for (int i = 0; i < 3; i++) {
                    t[i] += v[i];
                }
            });
            return t;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Scorer() {
    }

    public static List<GoldArticle> readGold(Path file) {
        List<GoldArticle> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j;
                try {
                    j = JSON.readTree(line);
                } catch (IOException e) {
                    throw new EntenteException(file + ":" + n + ": not a JSON object: " + e.getMessage().split("\n")[0]);
                }
                if (!j.hasNonNull("id") || !j.hasNonNull("text")) {
                    throw new EntenteException(file + ":" + n + ": gold article needs 'id' and 'text'");
                }
                Article a = new Article(j.get("id").asText(), j.get("text").asText(),
                        j.hasNonNull("lang") ? j.get("lang").asText() : null,
                        j.hasNonNull("date") ? java.time.LocalDate.parse(j.get("date").asText().substring(0, 10)) : null,
                        text(j, "title"), text(j, "url"), text(j, "source"), file + ":" + n);
                List<GoldRelation> rels = new ArrayList<>();
                for (JsonNode rel : j.path("relations")) {
                    if (!rel.hasNonNull("s") || !rel.hasNonNull("p") || !rel.hasNonNull("o")) {
                        throw new EntenteException(file + ":" + n + ": each relation needs 's', 'p' and 'o'");
                    }
                    rels.add(new GoldRelation(alternatives(rel.get("s")), rel.get("p").asText(), alternatives(rel.get("o")),
                            rel.path("optional").asBoolean(false)));
                }
                out.add(new GoldArticle(a, rels));
            }
        } catch (IOException e) {
            throw new EntenteException(file + ": cannot read gold file: " + e.getMessage(), e);
        }
        return out;
    }

    private static String text(JsonNode j, String f) {
        return j.hasNonNull(f) ? j.get(f).asText() : null;
    }

    private static Set<String> alternatives(JsonNode n) {
        Set<String> out = new HashSet<>();
        if (n.isArray()) {
            n.forEach(x -> out.add(key(x.asText())));
        } else {
            out.add(key(n.asText()));
        }
        return out;
    }

    private static String key(String s) {
        return s.matches("Q\\d+") ? s : "name:" + norm(s);
    }

    /** As score.py: no accents, lower case, punctuation as spaces, no leading article. */
    public static String norm(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^a-z0-9 ]+", " ").strip();
        s = s.replaceFirst("^(the|le|la|les|l|des|du|de) ", "");
        return String.join(" ", s.strip().split("\\s+"));
    }

    /** The keys an actor matches by: its Wikidata id and its names. */
    public static Set<String> keys(Actor a) {
        Set<String> k = new HashSet<>();
        if (a.qid() != null && !a.qid().isEmpty()) {
            k.add(a.qid());
        }
        for (String l : List.of(a.labelEn(), a.labelFr())) {
            if (l != null && !norm(l).isEmpty()) {
                k.add("name:" + norm(l));
            }
        }
        a.altLabels().forEach(l -> k.add("name:" + norm(l)));
        return k;
    }

    public static Result score(List<GoldArticle> gold, Function<Article, Extraction> extractor) {
        Map<String, int[]> perRel = new TreeMap<>();
        Map<String, int[]> perLang = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        int found = 0;
        int total = 0;
        Map<String, int[]> actorsByLang = new TreeMap<>();
        for (GoldArticle g : gold) {
            Extraction x = extractor.apply(g.article());
            String lang = x.recognised().analysed().lang();
            // As in RDF, where one IRI gathers every label written for it: keys per actor IRI (slug).
            Map<String, Set<String>> bySlug = new java.util.HashMap<>();
            Consumer<Actor> collect = a -> bySlug.computeIfAbsent(a.slug(), k -> new HashSet<>()).addAll(keys(a));
            x.recognised().mentions().forEach(m -> m.actors().forEach(collect));
            x.events().forEach(e -> {
                collect.accept(e.agent());
                collect.accept(e.target());
            });
            List<Pred> preds = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Event e : x.events()) {
                Pred p = new Pred(e.relation(), bySlug.get(e.agent().slug()), bySlug.get(e.target().slug()), e);
                String ks = new java.util.TreeSet<>(p.s).toString();
                String ko = new java.util.TreeSet<>(p.o).toString();
                String k = e.relation() + "|" + (e.relation().symmetric() && ks.compareTo(ko) > 0 ? ko + "|" + ks : ks + "|" + ko);
                if (seen.add(k)) {
                    preds.add(p);
                }
            }
            Set<Integer> used = new HashSet<>();
            for (GoldRelation gr : g.relations()) {
                int hit = -1;
                for (int i = 0; i < preds.size(); i++) {
                    if (!used.contains(i) && matches(gr, preds.get(i))) {
                        hit = i;
                        break;
                    }
                }
                if (hit >= 0) {
                    used.add(hit);
                    if (!gr.optional()) {
                        inc(perRel, gr.p(), 0);
                        inc(perLang, lang, 0);
                    }
                } else if (!gr.optional()) {
                    inc(perRel, gr.p(), 2);
                    inc(perLang, lang, 2);
                    errors.add("missed " + g.article().id() + " " + gr.p() + " " + gr.s() + " " + gr.o());
                }
            }
            for (int i = 0; i < preds.size(); i++) {
                if (used.contains(i)) {
                    continue;
                }
                Pred p = preds.get(i);
                if (g.relations().stream().anyMatch(gr -> gr.optional() && matches(gr, p))) {
                    continue;
                }
                inc(perRel, p.rel.localName(), 1);
                inc(perLang, lang, 1);
                errors.add("spurious " + g.article().id() + " " + p.rel.localName() + " " + p.event.agent() + " "
                        + p.event.target() + "  | " + p.event.trigger());
            }
            Set<Set<String>> actors = new HashSet<>();
            for (GoldRelation gr : g.relations()) {
                if (!gr.optional()) {
                    actors.add(gr.s());
                    actors.add(gr.o());
                }
            }
            List<Set<String>> have = new ArrayList<>(bySlug.values());
            for (Set<String> a : actors) {
                total++;
                int[] actorsOfLang = actorsByLang.computeIfAbsent(lang, k -> new int[2]);
                actorsOfLang[1]++;
                if (have.stream().anyMatch(k -> k.stream().anyMatch(a::contains))) {
                    found++;
                    actorsOfLang[0]++;
                } else {
                    errors.add("actor-missed " + g.article().id() + " " + a);
                }
            }
        }
        return new Result(perRel, perLang, errors, found, total, gold.size(), actorsByLang);
    }

    private record Pred(RelationType rel, Set<String> s, Set<String> o, Event event) {
    }

    private static boolean matches(GoldRelation g, Pred p) {
        if (!g.p().equals(p.rel.localName())) {
            return false;
        }
        if (intersects(g.s(), p.s) && intersects(g.o(), p.o)) {
            return true;
        }
        return p.rel.symmetric() && intersects(g.s(), p.o) && intersects(g.o(), p.s);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static void inc(Map<String, int[]> m, String k, int i) {
        m.computeIfAbsent(k, x -> new int[3])[i]++;
    }

    public static double[] prf(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    /** The table score.py prints. */
    public static String format(Result r, boolean showErrors) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-22s %4s %4s %4s  %5s %5s %5s%n", "relation", "tp", "fp", "fn", "P", "R", "F1"));
        Map<String, int[]> rows = new LinkedHashMap<>(r.perRelation());
        rows.forEach((k, v) -> b.append(row(k, v)));
        r.perLanguage().forEach((k, v) -> b.append(row("language " + k, v)));
        b.append(String.format("actors found %d/%d (recall %.3f)%n", r.actorsFound(), r.actorsTotal(),
                r.actorsTotal() == 0 ? 0.0 : (double) r.actorsFound() / r.actorsTotal()));
        r.actorsPerLanguage().forEach((lang, v) -> b.append(String.format("  actors %s %d/%d (recall %.3f)%n", lang, v[0], v[1],
                v[1] == 0 ? 0.0 : (double) v[0] / v[1])));
        if (showErrors) {
            r.errors().forEach(e -> b.append("  ").append(e).append('\n'));
        }
        int[] t = r.total();
        double[] prf = prf(t);
        b.append(String.format("micro P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d, %d articles)%n", prf[0], prf[1], prf[2],
                t[0], t[1], t[2], r.articles()));
        return b.toString();
    }

    private static String row(String name, int[] v) {
        double[] prf = prf(v);
        return String.format("%-22s %4d %4d %4d  %5.2f %5.2f %5.2f%n", name, v[0], v[1], v[2], prf[0], prf[1], prf[2]);
    }
}
