package org.entente.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.entente.EntenteException;
import org.entente.article.Article;

/**
 * Sentences, tokens, UD POS tags and lemmas with OpenNLP, for French and English. Thread-safe: the
 * models are shared, the ME tools (not thread-safe in OpenNLP 2.5) are one per thread.
 *
 * <pre>{@code
 * Analyser nlp = new OpenNlpAnalyser(NlpModels.get());
 * AnalysedArticle a = nlp.analyse(article);
 * }</pre>
 */
public final class OpenNlpAnalyser implements Analyser {
    /** A sentence ending in a capital initial after a capitalised word: "Joseph R.", "John F.". */
    private static final Pattern INITIAL_END = Pattern.compile("\\p{Lu}\\p{L}+ \\p{Lu}\\.$");
    /**
     * A sentence ending in a coordinated dotted acronym: "Russian President X and U.S. | President Y" — no
     * sentence ends on "and U.S.", the models take the acronym's full stop for the sentence's.
     */
    private static final Pattern COORDINATED_ACRONYM_END = Pattern.compile(
            "(?:^|\\s)(?:and|or|et|ou|,)\\s+(?:\\p{Lu}\\.){2,}$");
    private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n|\\r\\n\\s*\\r\\n");
    /** English lemmas depend almost only on (word, tag); caching them skips the slow LemmatizerME. */
    private static final int LEMMA_CACHE_MAX = 200_000;

    private final NlpModels models;
    private final ThreadLocal<Tools> tools;
    private final Map<String, String> lemmaCacheEn = new ConcurrentHashMap<>();

    public OpenNlpAnalyser(NlpModels models) {
        this.models = models;
        this.tools = ThreadLocal.withInitial(() -> new Tools(models));
    }

    private static final class Tools {
        final SentenceDetectorME sentEn;
        final SentenceDetectorME sentFr;
        final TokenizerME tokEn;
        final POSTaggerME posEn;
        final POSTaggerME posFr;
        final LemmatizerME lemmaEn;
        final LanguageDetectorME lang;

        Tools(NlpModels m) {
            sentEn = new SentenceDetectorME(m.sentEn);
            sentFr = new SentenceDetectorME(m.sentFr);
            tokEn = new TokenizerME(m.tokEn);
            posEn = new POSTaggerME(m.posEn);
            posFr = new POSTaggerME(m.posFr);
            lemmaEn = new LemmatizerME(m.lemmaEn);
            lang = new LanguageDetectorME(m.langDetect);
        }
    }

    @Override
    public AnalysedArticle analyse(Article article) {
        Tools t = tools.get();
        String lang = article.lang() != null ? article.lang() : detect(article, t);
        boolean fr = lang.equals("fr");
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        for (Span para : paragraphs(text)) {
            String paraText = text.substring(para.getStart(), para.getEnd());
            Span[] sents = joinAfterInitials(paraText, (fr ? t.sentFr : t.sentEn).sentPosDetect(paraText));
            for (Span s : sents) {
                int start = para.getStart() + s.getStart();
                int end = para.getStart() + s.getEnd();
                Sentence sentence = analyseSentence(text, start, end, sentences.size(), fr, t);
                if (!sentence.tokens().isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        return new AnalysedArticle(article.withLang(lang), lang, sentences);
    }

    private Sentence analyseSentence(String text, int start, int end, int index, boolean fr, Tools t) {
        String s = text.substring(start, end);
        Span[] spans = fr ? FrenchTokenizer.INSTANCE.tokenize(s).toArray(new Span[0]) : t.tokEn.tokenizePos(s);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = s.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tagInput = words;
        if (fr) {
            // The French model knows "l'" but tags typographic "l’" as punctuation.
            tagInput = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                tagInput[i] = FrenchTokenizer.normalise(words[i]);
            }
        }
        String[] tags = (fr ? t.posFr : t.posEn).tag(tagInput);
        String[] lemmas = fr ? frenchLemmas(words, tags) : englishLemmas(words, tags, t);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], start + spans[i].getStart(), start + spans[i].getEnd(), tags[i], lemmas[i]));
        }
        return new Sentence(index, start, end, s, tokens);
    }

    private String[] frenchLemmas(String[] words, String[] tags) {
        String[] lemmas = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            lemmas[i] = models.lemmaFr.lemma(words[i], tags[i]);
        }
        return lemmas;
    }

    private String[] englishLemmas(String[] words, String[] tags, Tools t) {
        String[] lemmas = new String[words.length];
        boolean missing = false;
        for (int i = 0; i < words.length; i++) {
            lemmas[i] = lemmaCacheEn.get(words[i] + '\t' + tags[i]);
            missing |= lemmas[i] == null;
        }
        if (!missing) {
            return lemmas;
        }
        String[] computed = t.lemmaEn.lemmatize(words, tags);
        for (int i = 0; i < words.length; i++) {
            if (lemmas[i] == null) {
                String l = computed[i];
                // The model answers "O" when it has no lemma: the lower-cased word is the best guess then.
                lemmas[i] = (l == null || l.equals("O") || l.isEmpty() ? words[i] : l).toLowerCase(Locale.ROOT);
                if (lemmaCacheEn.size() < LEMMA_CACHE_MAX) {
                    lemmaCacheEn.put(words[i] + '\t' + tags[i], lemmas[i]);
                }
            }
        }
        return lemmas;
    }

    /**
     * The sentence models split after a name's initial ("President Joseph R. | Biden, Jr.") and after a
     * coordinated dotted acronym ("X and U.S. | President Y"): join those back.
     */
    static Span[] joinAfterInitials(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String p = text.substring(prev.getStart(), prev.getEnd());
                if ((INITIAL_END.matcher(p).find() || COORDINATED_ACRONYM_END.matcher(p).find())
                        && Character.isUpperCase(text.charAt(s.getStart()))) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out.toArray(new Span[0]);
    }

    private static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = PARAGRAPH.matcher(text);
        int from = 0;
        while (m.find()) {
            addTrimmed(text, from, m.start(), out);
            from = m.end();
        }
        addTrimmed(text, from, text.length(), out);
        return out;
    }

    private static void addTrimmed(String text, int from, int to, List<Span> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }

    private String detect(Article article, Tools t) {
        String code = t.lang.predictLanguage(article.text()).getLang();
        return switch (code) {
            case "fra" -> "fr";
            case "eng" -> "en";
            default -> throw new EntenteException("article '" + article.id() + "' (" + article.origin()
                    + "): detected language '" + code + "', but Entente reads French and English only; "
                    + "set its 'lang' field to \"fr\" or \"en\" if the detection is wrong");
        };
    }
}
