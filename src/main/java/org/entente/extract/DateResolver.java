package org.entente.extract;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;

/**
 * Dates of events from the words of their sentence ("ce 31 janvier", "vendredi 28 janvier", "le 28",
 * "on Monday", "yesterday", "May 18, 2022"), resolved against the article's date; the expression
 * nearest the trigger wins. Vague spans ("last week", "earlier this month") and a missing article date
 * with no year in the text give no date: an event never gets a guessed one.
 */
public final class DateResolver {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("lundi", DayOfWeek.MONDAY), Map.entry("mardi", DayOfWeek.TUESDAY),
            Map.entry("mercredi", DayOfWeek.WEDNESDAY), Map.entry("jeudi", DayOfWeek.THURSDAY),
            Map.entry("vendredi", DayOfWeek.FRIDAY), Map.entry("samedi", DayOfWeek.SATURDAY),
            Map.entry("dimanche", DayOfWeek.SUNDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final String MONTH_FR = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre";
    private static final String MONTH_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String DAY_FR = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private static final String DAY_EN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private static final List<Pattern> FR = List.of(
            Pattern.compile("(?iu)\\b(?:(?<wd>" + DAY_FR + ")\\s+)?(?<d>1er|\\d{1,2})\\s+(?<m>" + MONTH_FR + ")(?:\\s+(?<y>\\d{4}))?\\b"),
            Pattern.compile("(?iu)\\b(?:le|ce)\\s+(?<d>1er|\\d{1,2})(?![\\d\\s]*(?:%|h\\b|heures|ans|mois|jours|pour|sur|et|,\\d|" + MONTH_FR + "))\\b"),
            Pattern.compile("(?iu)(?<rel>avant-hier|hier|aujourd['’]hui|demain)"),
            Pattern.compile("(?iu)\\b(?<wd>" + DAY_FR + ")\\b(?!\\s+\\d)"));
    private static final List<Pattern> EN = List.of(
            Pattern.compile("\\b(?:(?<wd>" + DAY_EN + "),?\\s+)?(?<m>" + MONTH_EN + ")\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y>\\d{4}))?\\b"),
            Pattern.compile("\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m>" + MONTH_EN + ")(?:,?\\s+(?<y>\\d{4}))?\\b"),
            Pattern.compile("(?i)\\b(?<rel>yesterday|today|tomorrow)\\b"),
            Pattern.compile("\\b(?<wd>" + DAY_EN + ")\\b(?!,?\\s+(?:" + MONTH_EN + "))"));

    private final String lang;
    private final LocalDate articleDate;

    public DateResolver(String lang, LocalDate articleDate) {
        this.lang = lang;
        this.articleDate = articleDate;
    }

    boolean french() {
        return "fr".equals(lang);
    }

    /** The date nearest to token {@code trigger} in the sentence, or null. */
    public LocalDate resolve(Sentence s, List<Token> toks, int trigger, Modality modality) {
        int anchor = toks.get(trigger).start() - s.start();
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Pattern p : french() ? FR : EN) {
            Matcher m = p.matcher(s.text());
            while (m.find()) {
                int distance = Math.abs(m.start() - anchor);
                if (distance >= bestDistance) {
                    continue;
                }
                LocalDate d = interpret(m, modality);
                if (d != null) {
                    best = d;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private LocalDate interpret(Matcher m, Modality modality) {
        String rel = group(m, "rel");
        if (rel != null) {
            if (articleDate == null) {
                return null;
            }
            String r = rel.toLowerCase(Locale.ROOT);
            return switch (r.startsWith("aujourd") ? "today" : r) {
                case "hier", "yesterday" -> articleDate.minusDays(1);
                case "avant-hier" -> articleDate.minusDays(2);
                case "demain", "tomorrow" -> articleDate.plusDays(1);
                default -> articleDate;
            };
        }
        String d = group(m, "d");
        String mo = group(m, "m");
        String y = group(m, "y");
        String wd = group(m, "wd");
        try {
            if (d != null) {
                int day = d.equalsIgnoreCase("1er") ? 1 : Integer.parseInt(d);
                if (mo == null) {
                    return articleDate == null ? null : closest(articleDate.getYear(), articleDate.getMonthValue(), day, modality, true);
                }
                Integer month = MONTHS.get(mo.toLowerCase(Locale.ROOT).replace(".", ""));
                if (month == null) {
                    return null;
                }
                if (y != null) {
                    return LocalDate.of(Integer.parseInt(y), month, day);
                }
                return articleDate == null ? null : closest(articleDate.getYear(), month, day, modality, false);
            }
            if (wd != null && articleDate != null) {
                DayOfWeek dow = DAYS.get(wd.toLowerCase(Locale.ROOT));
                LocalDate x = articleDate;
                if (modality == Modality.PLANNED) {
                    while (x.getDayOfWeek() != dow) {
                        x = x.plusDays(1);
                    }
                } else {
                    while (x.getDayOfWeek() != dow) {
                        x = x.minusDays(1);
                    }
                }
                return x;
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Month and day without a year (or a day without a month): the occurrence nearest the article's date, past for facts. */
    private LocalDate closest(int year, int month, int day, Modality modality, boolean dayOnly) {
        LocalDate c = LocalDate.of(year, month, day);
        // A month and day a few weeks ahead is this year's, even for a verb the rules read as actual
        // ("a annoncé se rendre en Italie du 25 au 27 janvier").
        boolean soon = !dayOnly && !c.isBefore(articleDate) && c.isBefore(articleDate.plusDays(32));
        if (modality == Modality.ACTUAL && c.isAfter(articleDate.plusDays(2)) && !soon) {
            c = dayOnly ? c.minusMonths(1) : c.minusYears(1);
        } else if (modality == Modality.PLANNED && c.isBefore(articleDate.minusDays(2))) {
            c = dayOnly ? c.plusMonths(1) : c.plusYears(1);
            // Next year's only when that is still the coming months ("le 5 janvier" in late December);
            // a date well past is another event's ("qui s'étaient entretenus le 28 janvier").
            if (c.isAfter(articleDate.plusDays(dayOnly ? 31 : 183))) {
                return null;
            }
        }
        return c;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
