package org.entente.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Rule-based French tokenizer, UD French-GSD conventions. Thread-safe, stateless.
 *
 * <p>Splits on white space (NBSP and narrow NBSP included) and punctuation; splits elisions after
 * the apostrophe ({@code l'|Ukraine}) and verb–subject inversions / imperative clitics before the
 * hyphen ({@code a|-t-il}, {@code donnez|-moi}); keeps hyphenated words, decimals, acronyms
 * ({@code U.S.}), abbreviations ({@code M.}, {@code etc.}), ordinals, URLs and e-mails whole.
 */
public final class FrenchTokenizer {
    public static final FrenchTokenizer INSTANCE = new FrenchTokenizer();

    /** Words whose elided form ends in an apostrophe ("l'", "jusqu'"), lower case, without it. */
    private static final Set<String> ELISIONS = Set.of(
            "l", "d", "j", "m", "n", "s", "t", "c",
            "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu");

    /** Words that start like an elision but are one lexical unit (apostrophes normalised to '). */
    private static final Set<String> ELISION_EXCEPTIONS = Set.of(
            "quelqu'un", "quelqu'une", "quelqu'uns", "quelqu'unes", "presqu'île", "presqu'îles");

    /** Clitics split off a verb after a hyphen: "peut|-il", "donnez|-moi", "est|-ce". */
    private static final Set<String> CLITICS = Set.of(
            "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles",
            "moi", "toi", "lui", "leur", "le", "la", "les", "y", "en", "ce");

    /** Subject pronouns that take the euphonic t: "a|-t-il", "estime|-t-on". */
    private static final Set<String> T_CLITICS = Set.of("il", "elle", "on", "ils", "elles");

    /** Hyphenated nouns that end like a clitic but are one word. */
    private static final Set<String> CLITIC_EXCEPTIONS = Set.of("rendez-vous");

    /**
     * Abbreviations that keep their final dot (case-sensitive). Words that are also ordinary French
     * words at the end of a sentence ("art.", "vol.", "sept.") are left out on purpose.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Pr", "Prof", "St", "Ste",
            "Mr", "Mrs", "Ms", "Jr", "Sr", "Gén", "Lt", "Cdt", "Sgt", "Cie", "Inc", "Ltd", "Corp",
            "etc", "Etc", "av", "apr", "cf", "Cf", "env", "éd", "al", "vs", "bd",
            "janv", "févr", "avr", "juil", "oct", "nov", "déc");

    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|ftp://|www\\.)[^\\s«»\"“”<>]+");
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** Trailing characters that end a sentence or close a bracket, not a URL. */
    private static final String URL_TRAILERS = ".,;:!?)]}'’»\"”";

    private FrenchTokenizer() {}

    /** Token spans (start inclusive, end exclusive) over {@code text}, in order. */
    public List<Span> tokenize(CharSequence text) {
        List<Span> out = new ArrayList<>(Math.max(8, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && !isSpace(text.charAt(end))) {
                end++;
            }
            tokenizeChunk(text, i, end, out);
            i = end;
        }
        return out;
    }

    /** Tokenises one white-space-free chunk {@code [from, to)}. */
    private static void tokenizeChunk(CharSequence text, int from, int to, List<Span> out) {
        boolean hasAt = indexOf(text, '@', from, to) >= 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int elided = elisionEnd(text, i, to);
                if (elided > 0) {
                    out.add(new Span(i, elided));
                    i = elided;
                    continue; // the rest may be an acronym: "l'|O.N.U."
                }
                int e = matchLink(text, i, to, hasAt);
                if (e < 0 && Character.isUpperCase(c)) {
                    e = matchAcronym(text, i, to);
                }
                if (e > 0) {
                    out.add(new Span(i, e));
                    i = e;
                    continue;
                }
                e = wordEnd(text, i, to);
                if (e < to && text.charAt(e) == '.' && ABBREVIATIONS.contains(text.subSequence(i, e).toString())) {
                    e++;
                }
                splitClitics(text, i, e, out);
                i = e;
            } else if (c == '.') {
                int e = i + 1;
                while (e < to && text.charAt(e) == '.') {
                    e++; // "..." is one token
                }
                out.add(new Span(i, e));
                i = e;
            } else if (c == '-' && i + 1 < to && Character.isDigit(text.charAt(i + 1))
                    && (i == from || !isWordChar(text.charAt(i - 1)))) {
                int e = wordEnd(text, i + 1, to); // negative number "-3,5"
                out.add(new Span(i, e));
                i = e;
            } else {
                int e = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                out.add(new Span(i, e));
                i = e;
            }
        }
    }

    /** End of the word starting at {@code i}: word characters joined by in-word connectors. */
    private static int wordEnd(CharSequence text, int i, int to) {
        int j = i + 1;
        while (j < to) {
            char c = text.charAt(j);
            if (isWordChar(c)) {
                j++;
            } else if (j + 1 < to && joins(text.charAt(j - 1), c, text.charAt(j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** Whether {@code c} between {@code prev} and {@code next} stays inside the word. */
    private static boolean joins(char prev, char c, char next) {
        if (!isWordChar(next)) {
            return false;
        }
        boolean prevLetter = Character.isLetter(prev);
        boolean nextLetter = Character.isLetter(next);
        boolean digits = Character.isDigit(prev) && Character.isDigit(next);
        return switch (c) {
            // "Etats-Unis", "COVID-19"; not ranges "2015-2020"
            case '-', '\u2010', '\u2011' -> nextLetter || prevLetter;
            case '\'', '’', 'ʼ', '‘' -> prevLetter && nextLetter;
            case ',', '.', ':' -> digits; // "8,5", "8.5", "14:30"
            case '·' -> prevLetter && nextLetter; // inclusive writing "élu·e·s"
            case '\u00AD' -> true; // soft hyphen
            default -> false;
        };
    }

    /**
     * End (after the apostrophe) of an elided word starting at {@code i} ("l'", "jusqu'"), or -1.
     * A detached "l' " counts; "aujourd'hui" and "quelqu'un" do not.
     */
    private static int elisionEnd(CharSequence text, int i, int to) {
        int a = i;
        while (a < to && a - i <= 6 && Character.isLetter(text.charAt(a))) {
            a++;
        }
        if (a == i || a >= to || !isApostrophe(text.charAt(a)) || !ELISIONS.contains(lower(text, i, a))) {
            return -1;
        }
        if (a + 1 < to && Character.isLetter(text.charAt(a + 1))
                && ELISION_EXCEPTIONS.contains(normalise(lower(text, i, wordEnd(text, i, to))))) {
            return -1;
        }
        return a + 1;
    }

    /** "a-t-il" → "a" "-t-il", "donnez-le-moi" → "donnez" "-le" "-moi"; names stay whole. */
    private static void splitClitics(CharSequence text, int s, int e, List<Span> out) {
        int stemEnd = e;
        List<Span> suffixes = null;
        if (indexOf(text, '-', s, e) >= 0 && !CLITIC_EXCEPTIONS.contains(lower(text, s, e))) {
            boolean allCaps = !hasLowerCase(text, s, e);
            while (true) {
                int h = lastIndexOf(text, '-', s, stemEnd);
                if (h <= s || h + 1 >= stemEnd) {
                    break;
                }
                // a capitalised last part means a name ("Royaume-Uni"), unless the word is all caps
                if (!allCaps && hasUpperCase(text, h + 1, stemEnd)) {
                    break;
                }
                String part = lower(text, h + 1, stemEnd);
                if (!CLITICS.contains(part)) {
                    break;
                }
                int cut = h;
                if (h - 2 > s && text.charAt(h - 2) == '-' && (text.charAt(h - 1) == 't' || text.charAt(h - 1) == 'T')) {
                    if (!T_CLITICS.contains(part)) {
                        break; // a stray euphonic t ("va-t-en"): leave the word whole
                    }
                    cut = h - 2;
                }
                if (suffixes == null) {
                    suffixes = new ArrayList<>(2);
                }
                suffixes.add(0, new Span(cut, stemEnd));
                stemEnd = cut;
            }
        }
        out.add(new Span(s, stemEnd));
        if (suffixes != null) {
            out.addAll(suffixes);
        }
    }

    /** End of a URL or e-mail address starting at {@code i}, or -1. */
    private static int matchLink(CharSequence text, int i, int to, boolean hasAt) {
        char c = Character.toLowerCase(text.charAt(i));
        Matcher m = null;
        if (c == 'h' || c == 'w' || c == 'f') {
            m = URL.matcher(text).region(i, to);
            if (!m.lookingAt()) {
                m = null;
            }
        }
        if (m == null && hasAt) {
            m = EMAIL.matcher(text).region(i, to);
            if (!m.lookingAt()) {
                m = null;
            }
        }
        if (m == null) {
            return -1;
        }
        int e = m.end();
        while (e > i + 1 && URL_TRAILERS.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /**
     * End of a dotted acronym or initial starting at {@code i} ("U.S.", "O.N.U.", "J.-C.", "M."),
     * or -1. A single capital and dot ending the text is a sentence end ("le plan B."), not one.
     */
    private static int matchAcronym(CharSequence text, int i, int to) {
        int j = i;
        int letters = 0;
        while (j + 1 < to && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
            letters++;
            j += 2;
            if (j + 2 < to && text.charAt(j) == '-' && Character.isUpperCase(text.charAt(j + 1))
                    && text.charAt(j + 2) == '.') {
                j++; // "J.-C."
            }
        }
        if (letters == 0 || letters == 1 && text.charAt(i) != 'M' && atTextEnd(text, j)) {
            return -1;
        }
        return j;
    }

    private static boolean atTextEnd(CharSequence text, int j) {
        for (int k = j; k < text.length(); k++) {
            if (!isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        // isSpaceChar covers NBSP U+00A0 and narrow NBSP U+202F, which isWhitespace does not
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '‘';
    }

    private static int indexOf(CharSequence text, char c, int s, int e) {
        for (int k = s; k < e; k++) {
            if (text.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    private static int lastIndexOf(CharSequence text, char c, int s, int e) {
        for (int k = e - 1; k >= s; k--) {
            if (text.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    private static boolean hasUpperCase(CharSequence text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLowerCase(CharSequence text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static String lower(CharSequence text, int s, int e) {
        return text.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Apostrophe-like characters (’ ʼ ‘) to the ASCII apostrophe. The French POS model knows "l'"
     * but tags "l’" as punctuation: normalise token texts before tagging.
     */
    public static String normalise(String s) {
        return s.replace('’', '\'').replace('ʼ', '\'').replace('‘', '\'');
    }
}
