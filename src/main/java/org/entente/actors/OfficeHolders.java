package org.entente.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.EntenteException;

/**
 * Who held which office of which country or organisation when, from {@code office-holders.tsv}.
 *
 * <pre>{@code
 * Optional<Term> t = holders.holder("head_of_state", "Q159", LocalDate.of(2022, 1, 31)); // Putin
 * }</pre>
 */
public final class OfficeHolders {
    /**
     * One term of office. {@code end} null means still in office when the data was made; {@code asOf}, when
     * given, is the date of the source that says so (a snapshot), after which the term is unknown: a
     * snapshot's open term never covers a later date, so a stale row gives no holder rather than a wrong one.
     */
    public record Term(Actor person, String office, String of, LocalDate start, LocalDate end, LocalDate asOf) {
        public Term(Actor person, String office, String of, LocalDate start, LocalDate end) {
            this(person, office, of, start, end, null);
        }

        public boolean covers(LocalDate date) {
            return !date.isBefore(start) && (end != null ? !date.isAfter(end) : asOf == null || !date.isAfter(asOf));
        }
    }

    private final List<Term> terms;

    OfficeHolders(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    /** The holder of {@code office} of {@code ofQid} on {@code date}, if exactly one is known. */
    public Optional<Term> holder(String office, String ofQid, LocalDate date) {
        if (date == null || office == null || ofQid == null) {
            return Optional.empty();
        }
        List<Term> found = terms.stream()
                .filter(t -> t.office.equals(office) && t.of.equals(ofQid) && t.covers(date)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The country {@code person} leads as head of state or government on {@code date}, else the one country
     * they ever led in the data ("the Obama administration" in 2019); empty when none or several.
     */
    public Optional<String> ledCountry(Actor person, LocalDate date) {
        List<Term> led = terms.stream().filter(t -> t.person.slug().equals(person.slug())
                && (t.office.equals("head_of_state") || t.office.equals("head_of_government"))).toList();
        List<String> now = led.stream().filter(t -> date != null && t.covers(date)).map(t -> t.of).distinct().toList();
        if (now.size() == 1) {
            return Optional.of(now.get(0));
        }
        List<String> ever = led.stream().map(t -> t.of).distinct().toList();
        return now.isEmpty() && ever.size() == 1 ? Optional.of(ever.get(0)) : Optional.empty();
    }

    /** The offices {@code person} held on {@code date}. */
    public List<Term> termsOf(Actor person, LocalDate date) {
        if (date == null) {
            return List.of();
        }
        return terms.stream().filter(t -> t.person.slug().equals(person.slug()) && t.covers(date)).toList();
    }

    /** Builds terms from rows, creating (or reusing, by Q-id) the person actors. */
    static OfficeHolders fromRows(List<Tsv.Row> rows, Map<String, Actor> personsByQid) {
        List<Term> terms = new ArrayList<>();
        for (Tsv.Row r : rows) {
            String qid = r.get("wikidata");
            String nameEn = r.get("name_en");
            if (nameEn.isEmpty()) {
                throw new EntenteException(r.origin() + ": column 'name_en' is empty");
            }
            String key = qid.isEmpty() ? "name:" + nameEn : qid;
            Actor person = personsByQid.computeIfAbsent(key, k -> new Actor(ActorType.PERSON.pathSegment() + "/"
                    + Actor.slugOf(nameEn), ActorType.PERSON, qid.isEmpty() ? null : qid, nameEn,
                    r.get("name_fr"), r.list("aliases")));
            String office = r.get("office");
            String of = r.get("of");
            if (office.isEmpty() || of.isEmpty()) {
                continue;
            }
            try {
                LocalDate start = r.get("start").isEmpty() ? LocalDate.MIN : date(r.get("start"), false);
                LocalDate end = r.get("end").isEmpty() ? null : date(r.get("end"), true);
                // Optional column: files without it (a user's own table) read as before.
                LocalDate asOf = r.get("as_of").isEmpty() ? null : date(r.get("as_of"), false);
                terms.add(new Term(person, office, of, start, end, asOf));
            } catch (DateTimeParseException e) {
                throw new EntenteException(r.origin() + ": column 'start', 'end' or 'as_of' is not a date (YYYY-MM-DD, "
                        + "YYYY-MM or YYYY)");
            }
        }
        return new OfficeHolders(terms);
    }

    /** Partial dates: a year or a month stands for its first day (start) or its last day (end). */
    static LocalDate date(String s, boolean end) {
        if (s.matches("\\d{4}")) {
            int y = Integer.parseInt(s);
            return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            LocalDate d = LocalDate.parse(s + "-01");
            return end ? d.withDayOfMonth(d.lengthOfMonth()) : d;
        }
        return LocalDate.parse(s);
    }
}
