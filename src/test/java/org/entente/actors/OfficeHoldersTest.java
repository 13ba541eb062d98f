package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Terms at a date, with the snapshot date (as_of) of an open term read from a source of that date. */
class OfficeHoldersTest {
    private static final Actor SOMEONE = new Actor("person/someone", ActorType.PERSON, null, "Someone", "Someone",
            java.util.List.of());

    @Test
    void anOpenTermFromASnapshotCoversNothingAfterTheSnapshot() {
        var t = new OfficeHolders.Term(SOMEONE, "defence_minister", "Q145", LocalDate.of(2019, 7, 24), null,
                LocalDate.of(2021, 10, 7));
        assertTrue(t.covers(LocalDate.of(2020, 6, 1)));
        assertTrue(t.covers(LocalDate.of(2021, 10, 7)));
        assertFalse(t.covers(LocalDate.of(2024, 3, 1)), "after the snapshot the holder is unknown");
        assertFalse(t.covers(LocalDate.of(2019, 7, 23)));
    }

    @Test
    void anOpenTermWithoutSnapshotDateAndAClosedTermAreReadAsBefore() {
        var open = new OfficeHolders.Term(SOMEONE, "head_of_state", "Q159", LocalDate.of(2012, 5, 7), null);
        assertTrue(open.covers(LocalDate.of(2026, 1, 1)));
        var closed = new OfficeHolders.Term(SOMEONE, "head_of_state", "Q159", LocalDate.of(2000, 5, 7),
                LocalDate.of(2008, 5, 7), LocalDate.of(2005, 1, 1));
        assertTrue(closed.covers(LocalDate.of(2007, 1, 1)), "an end date wins over the snapshot date");
        assertFalse(closed.covers(LocalDate.of(2009, 1, 1)));
    }

    @Test
    void theBundledTableGivesNoHolderPastASnapshot() {
        OfficeHolders h = ActorDictionary.load().holders();
        // The UK defence secretary of the c. 2021 export: the holder then, no one (not a stale holder) in 2024.
        assertEquals("Ben Wallace", h.holder("defence_minister", "Q145", LocalDate.of(2020, 6, 1)).orElseThrow().person().labelEn());
        assertTrue(h.holder("defence_minister", "Q145", LocalDate.of(2024, 3, 1)).isEmpty());
        // A current term from a dated source stays open: Putin.
        assertEquals("Q7747", h.holder("head_of_state", "Q159", LocalDate.of(2025, 6, 1)).orElseThrow().person().qid());
    }
}
