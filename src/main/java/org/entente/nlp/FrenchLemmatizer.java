package org.entente.nlp;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.entente.EntenteException;

/**
 * French lemmas from LanguageTool's morphological dictionary (Morfologik). Thread-safe after load;
 * load once and share.
 *
 * <p>The dictionary (org.languagetool:french-pos-dict, CC BY-SA 4.0) gives every analysis of a form
 * as lemma + tag ("V ind pres 3 s", "N m s", "J f p"); the analysis whose tag category matches the
 * UD POS wins. Lemmas are lower case with apostrophes normalised to {@code '}.
 */
public final class FrenchLemmatizer {
    static final String DICTIONARY = "/org/languagetool/resource/fr/french.dict";
    private static final int CACHE_LIMIT = 200_000;

    /** Elided forms, absent from the dictionary (keys use the ASCII apostrophe). */
    private static final Map<String, String> ELIDED = Map.ofEntries(
            Map.entry("l'", "le"), Map.entry("d'", "de"), Map.entry("qu'", "que"),
            Map.entry("n'", "ne"), Map.entry("s'", "se"), Map.entry("c'", "ce"),
            Map.entry("j'", "je"), Map.entry("m'", "me"), Map.entry("t'", "te"),
            Map.entry("jusqu'", "jusque"), Map.entry("lorsqu'", "lorsque"),
            Map.entry("puisqu'", "puisque"), Map.entry("quoiqu'", "quoique"),
            Map.entry("presqu'", "presque"), Map.entry("quelqu'", "quelque"));

    /** Titles abbreviated in the press, absent from the dictionary or lemmatised as themselves. */
    private static final Map<String, String> TITLES = Map.of(
            "m.", "monsieur", "mm.", "monsieur", "mme", "madame", "mme.", "madame",
            "mmes", "madame", "mlle", "mademoiselle", "mlles", "mademoiselle");

    /** Preposition–article contractions kept as one token; as ADP (or ADP+DET) their lemma is the preposition. */
    private static final Map<String, String> CONTRACTIONS = Map.of(
            "au", "à", "aux", "à", "du", "de", "des", "de");

    private final ThreadLocal<DictionaryLookup> lookup;
    private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

    private FrenchLemmatizer(Dictionary dictionary) {
        // DictionaryLookup keeps per-call buffers: one per thread over the shared dictionary
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** Loads the dictionary from the classpath (throws EntenteException with a how-to-fix message if missing). */
    public static FrenchLemmatizer load() {
        URL url = FrenchLemmatizer.class.getResource(DICTIONARY);
        if (url == null) {
            throw new EntenteException("French dictionary " + DICTIONARY + " is not on the classpath: "
                    + "add the dependency org.languagetool:french-pos-dict:0.2 to pom.xml and rebuild (mvn package)");
        }
        try {
            return new FrenchLemmatizer(Dictionary.read(url));
        } catch (IOException | RuntimeException e) {
            throw new EntenteException("Cannot read the French dictionary " + url + " (french.info must sit beside "
                    + "french.dict; reinstall org.languagetool:french-pos-dict:0.2): " + e.getMessage(), e);
        }
    }

    /**
     * Lemma of {@code word} given its UD POS tag (NOUN, VERB, AUX, ADJ, PROPN, DET, ADP, PRON...),
     * lower case; the lower-cased word itself when unknown.
     */
    public String lemma(String word, String upos) {
        if (word == null || word.isEmpty()) {
            return "";
        }
        String pos = upos == null ? "" : upos;
        String key = word + '\u0000' + pos;
        String cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        String lemma = compute(word, pos);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear(); // crude bound: a miss costs one dictionary lookup
        }
        cache.put(key, lemma);
        return lemma;
    }

    private String compute(String word, String pos) {
        String lower = FrenchTokenizer.normalise(word.toLowerCase(Locale.ROOT));
        String elided = ELIDED.get(lower);
        if (elided != null) {
            return elided;
        }
        String title = TITLES.get(lower);
        if (title != null) {
            return title;
        }
        if (pos.startsWith("ADP") && CONTRACTIONS.containsKey(lower)) {
            return CONTRACTIONS.get(lower);
        }
        // inverted subject / imperative clitic tokens: "-t-il" → "il", "-moi" → "moi"
        String form = word;
        if (form.length() > 1 && form.charAt(0) == '-') {
            form = form.length() > 3 && (form.charAt(1) == 't' || form.charAt(1) == 'T') && form.charAt(2) == '-'
                    ? form.substring(3) : form.substring(1);
        }
        String analysed = analyse(form, pos);
        if (analysed == null) {
            String formLower = form.toLowerCase(Locale.ROOT);
            analysed = analyse(formLower, pos);
            // the dictionary spells apostrophes ’: "aujourd’hui", "quelqu’un"
            String typographic = formLower.replace('\'', '’').replace('ʼ', '’').replace('‘', '’');
            if (analysed == null && !typographic.equals(formLower)) {
                analysed = analyse(typographic, pos);
            }
            // capitals often lose their accent in the press: "Etats-Unis", "Egypte"
            if (analysed == null && form.charAt(0) == 'E') {
                analysed = analyse('É' + form.substring(1), pos);
            }
        }
        String lemma = analysed != null ? analysed : form;
        return FrenchTokenizer.normalise(lemma.toLowerCase(Locale.ROOT));
    }

    /** Lemma of the best analysis of {@code form} for {@code pos}, or null when the form is unknown. */
    private String analyse(String form, String pos) {
        List<WordData> analyses = lookup.get().lookup(form);
        if (analyses.isEmpty()) {
            return null;
        }
        // WordData objects are reused by the next lookup: read them now
        String categories = categories(pos);
        boolean auxiliary = pos.equals("AUX") || pos.equals("VERB");
        WordData best = null;
        int bestScore = -1;
        for (WordData wd : analyses) {
            CharSequence tag = wd.getTag();
            int score = 0;
            // the tag's first letter is its category; the last letter is a frequency class, ignored
            if (tag != null && tag.length() > 0 && categories.indexOf(tag.charAt(0)) >= 0) {
                score = 2;
                // "étaient" is être, not étayer; "sommes" être, not sommer
                if (auxiliary && (startsWith(tag, "V etre") || startsWith(tag, "V avoir"))) {
                    score = 3;
                }
            }
            if (score > bestScore) {
                best = wd;
                bestScore = score;
            }
        }
        return best.getStem().toString();
    }

    /** LanguageTool tag categories (first letter of the tag) accepted for a UD POS tag. */
    private static String categories(String upos) {
        return switch (upos) {
            case "VERB", "AUX" -> "V";
            case "NOUN" -> "N";
            case "PROPN" -> "ZN";
            case "ADJ" -> "J";
            case "ADV" -> "A";
            case "DET" -> "D";
            case "PRON" -> "R";
            case "ADP" -> "P";
            case "CCONJ", "SCONJ" -> "C";
            case "NUM" -> "K";
            case "INTJ" -> "I";
            default -> "";
        };
    }

    private static boolean startsWith(CharSequence s, String prefix) {
        if (s.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (s.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
