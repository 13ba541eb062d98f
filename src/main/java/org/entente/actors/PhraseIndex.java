package org.entente.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.entente.nlp.Token;

/**
 * Longest-match lookup of phrases over a sentence's tokens, insensitive to accents, hyphens and
 * apostrophes, with a per-phrase case rule. Matching works on normalised characters, not on tokens,
 * so a phrase matches whether the tokenizer kept "Etats-Unis" whole or split it, but a match must
 * start and end on token boundaries (never inside another word). Immutable after building.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {
    /** How the text must be written for a phrase to match. */
    public enum CaseRule {
        /** Any case ("russe", "président"). */
        ANY,
        /** First letter upper case, as names are ("France", "Vladimir Putin"). */
        CAPITAL,
        /** Exactly as written, dots and spaces aside: acronyms ("UN" but not "un"). */
        EXACT
    }

    /** A phrase's value with its case rule and the phrase as written. */
    public record Entry<T>(T value, CaseRule rule, String phrase) {
    }

    /** A match: tokens [first, last) and the entries of the phrase. */
    public record Match<T>(int first, int last, List<Entry<T>> entries) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{L}\\.){2,}\\p{L}?\\.?");

    private static final class Node<T> {
        final Map<Character, Node<T>> next = new HashMap<>(4);
        List<Entry<T>> entries;
    }

    private final Node<T> root = new Node<>();

    public void add(String phrase, T value, CaseRule rule) {
        String n = normalise(phrase);
        if (n.isEmpty()) {
            return;
        }
        Node<T> node = root;
        for (int i = 0; i < n.length(); i++) {
            node = node.next.computeIfAbsent(n.charAt(i), c -> new Node<>());
        }
        if (node.entries == null) {
            node.entries = new ArrayList<>(1);
        }
        Entry<T> e = new Entry<>(value, rule, phrase);
        if (!node.entries.contains(e)) {
            node.entries.add(e);
        }
    }

    /** Adds with the case rule a phrase's own spelling implies: acronyms exact, capitalised names capital. */
    public void addAsWritten(String phrase, T value) {
        add(phrase, value, ruleFor(phrase));
    }

    public static CaseRule ruleFor(String phrase) {
        String letters = phrase.replaceAll("[^\\p{L}]", "");
        if (letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT)) && letters.length() <= 6) {
            return CaseRule.EXACT;
        }
        return !phrase.isEmpty() && Character.isUpperCase(phrase.codePointAt(0)) ? CaseRule.CAPITAL : CaseRule.ANY;
    }

    /** Lower case, no accents, apostrophes and hyphens as spaces, dots out of acronyms, single spaces. */
    public static String normalise(String s) {
        if (s.length() > CACHED_LENGTH) {
            return normaliseNow(s);
        }
        // Words recur in every sentence, and accent stripping is the costly part of reading a sentence.
        String n = NORMALISED.get(s);
        if (n == null) {
            if (NORMALISED.size() >= CACHE_SIZE) {
                NORMALISED.clear();
            }
            n = normaliseNow(s);
            NORMALISED.put(s, n);
        }
        return n;
    }

    private static final int CACHED_LENGTH = 40;
    private static final int CACHE_SIZE = 200_000;
    private static final Map<String, String> NORMALISED = new java.util.concurrent.ConcurrentHashMap<>();

    private static String normaliseNow(String s) {
        String t = s;
        if (t.indexOf('.') >= 0 && ACRONYM.matcher(t).find()) {
            t = ACRONYM.matcher(t).replaceAll(m -> m.group().replace(".", ""));
        }
        if (!ascii(t)) {
            t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        }
        t = t.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(t.length());
        boolean space = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean sep = Character.isWhitespace(c) || c == '\'' || c == '\u2019' || c == '\u02bc' || c == '\u2018'
                    || c == '`' || c == '\u00b4' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013'
                    || c == '\u2014' || c == '\u00a0' || c == '\u202f';
            if (sep) {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
            } else {
                b.append(c);
                space = false;
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') {
            b.setLength(len - 1);
        }
        return b.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A sentence's tokens joined in normalised form, with where each token starts and ends. */
    public static final class Text {
        final String chars;
        final int[] tokenStart;
        final int[] tokenEndAt;

        public Text(List<Token> tokens) {
            StringBuilder b = new StringBuilder();
            tokenStart = new int[tokens.size()];
            List<int[]> ends = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String n = normalise(tokens.get(i).text());
                if (n.isEmpty()) {
                    tokenStart[i] = -1;
                    continue;
                }
                if (b.length() > 0) {
                    b.append(' ');
                }
                tokenStart[i] = b.length();
                b.append(n);
                ends.add(new int[] {b.length(), i});
            }
            chars = b.toString();
            tokenEndAt = new int[chars.length() + 1];
            java.util.Arrays.fill(tokenEndAt, -1);
            for (int[] e : ends) {
                tokenEndAt[e[0]] = e[1];
            }
        }
    }

    /** Every phrase starting at token {@code first}, longest first. */
    public List<Match<T>> matchesAt(Text text, List<Token> tokens, int first) {
        int pos = text.tokenStart[first];
        if (pos < 0) {
            return List.of();
        }
        List<Match<T>> found = new ArrayList<>(2);
        Node<T> node = root;
        for (int i = pos; i < text.chars.length(); i++) {
            node = node.next.get(text.chars.charAt(i));
            if (node == null) {
                break;
            }
            int endToken = text.tokenEndAt[i + 1];
            if (node.entries != null && endToken >= 0) {
                List<Entry<T>> ok = new ArrayList<>(node.entries.size());
                for (Entry<T> e : node.entries) {
                    if (caseOk(e, tokens, first, endToken + 1)) {
                        ok.add(e);
                    }
                }
                if (!ok.isEmpty()) {
                    found.add(0, new Match<>(first, endToken + 1, ok));
                }
            }
        }
        return found;
    }

    /** The longest phrase starting at {@code first}, or null. */
    public Match<T> longestAt(Text text, List<Token> tokens, int first) {
        List<Match<T>> m = matchesAt(text, tokens, first);
        return m.isEmpty() ? null : m.get(0);
    }

    private static boolean caseOk(Entry<?> e, List<Token> tokens, int first, int last) {
        switch (e.rule()) {
            case ANY:
                return true;
            case CAPITAL:
                return Character.isUpperCase(tokens.get(first).text().codePointAt(0));
            default:
                StringBuilder b = new StringBuilder();
                for (int i = first; i < last; i++) {
                    b.append(tokens.get(i).text());
                }
                return squash(b.toString()).equals(squash(e.phrase()));
        }
    }

    private static String squash(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
                .replaceAll("[\\s.\\-'\u2019]", "");
    }
}
