package org.entente.extract;

import static org.entente.extract.EventAssertions.assertHas;
import static org.entente.extract.EventAssertions.assertHasNot;
import static org.entente.extract.EventAssertions.events;
import static org.entente.extract.EventAssertions.assertNone;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sixth round of rules (French recall and precision), on sentences written for these tests, not taken from
 * any evaluation data. Each with must-give and near-miss cases.
 */
class RuleExtractorRound6Test {
    @Test
    void seRetrouverIsAMeetingOnlyInAMeetingFrame() {
        assertHas(events("fr", "Lavrov s'est retrouvé avec Blinken à Genève."), "metWith", "lavrov", "blinken");
        assertHas(events("fr", "Macron et Scholz se sont retrouvés à Berlin mardi."), "metWith", "macron", "scholz");
        assertHas(events("fr", "Lavrov et Blinken se sont retrouvés jeudi pour parler de l'Ukraine."), "metWith", "lavrov",
                "blinken");
        // Ending up in a situation is no meeting, whoever is named after it.
        assertNone(events("fr", "Les Kurdes irakiens se retrouvent sous la pression de l'Iran et de la Turquie."), "metWith");
        assertNone(events("fr", "La Russie et la Chine se retrouvent face à l'OTAN."), "metWith");
        assertNone(events("fr", "La Grèce et la Turquie se retrouvent dans une impasse."), "metWith");
        assertNone(events("fr", "L'Égypte et le Soudan se sont retrouvés isolés face à l'Éthiopie."), "metWith");
    }

    @Test
    void frontedParticipleClauseWithItsAgent() {
        assertHas(events("fr", "Soutenus par la Russie, les séparatistes prorusses ont attaqué Marioupol."), "supports", "russia",
                "separatists");
        assertHas(events("fr", "Largement financés et armés par l'Iran, les Houthis contrôlent Sanaa."), "supports", "iran",
                "houthis");
        assertHas(events("fr", "Critiquée par la Pologne, la Hongrie a maintenu son veto."), "criticized", "poland", "hungary");
        assertHas(events("en", "Condemned by France, Russia rejected the plan."), "criticized", "france", "russia");
        // Without an actor as agent, or without the "par" phrase, the subject is no patient of anyone named.
        assertNone(events("fr", "Soutenus par leurs alliés, les Houthis contrôlent Sanaa."), "supports");
        List<Event> es = events("fr", "Soutenus financièrement, les Houthis ont remercié l'Iran.");
        assertNone(es, "supports");
        assertHas(es, "praised", "houthis", "iran");
        // The agent phrase ends at its comma: a clause that goes on with a verb is no fronted participle.
        assertNone(events("fr", "Selon la Russie, les séparatistes prorusses ont attaqué Marioupol."), "supports");
    }

    @Test
    void aTitleBeforeAPersonsNameKeepsThePrepositionBeforeIt() {
        assertHas(events("fr", "Le Brésil a accordé l'asile politique au fondateur de WikiLeaks Julian Assange."), "supports",
                "brazil", "assange");
        assertHas(events("fr", "Le Brésil a accordé l'asile à l'opposant Alexeï Navalny."), "supports", "brazil", "navalny");
        // "de" before the title is no "à": asking for someone's release is no request to that person.
        assertNone(events("fr", "Le Brésil a demandé la libération de l'opposant Alexeï Navalny."), "requested");
        // Without the preposition, the name after a title is no dative.
        assertNone(events("fr", "Le Brésil a accordé l'asile politique, selon l'opposant Alexeï Navalny."), "supports");
    }

    @Test
    void frenchInfinitiveTaggedAsANoun() {
        // The tagger reads "vaincre" after "de" as a noun; its lemma is the verb's and "de" marks an infinitive.
        assertHas(events("fr", "L'armée irakienne est sur le point de vaincre Daech à Mossoul."), "attacked", "iraq",
                "islamic-state");
        // A noun that is no verb's infinitive after "de" stays a noun: no trigger.
        assertNone(events("fr", "L'armée irakienne est sur le point de quitter Mossoul et l'Iran salue la fin de la guerre."),
                "attacked");
    }

    @Test
    void frenchPresentVerbTaggedAsANounBeforeAnAdverb() {
        assertHas(events("fr", "La Russie, en plus d'organiser des convois humanitaires, aide financièrement les séparatistes prorusses."),
                "supports", "russia", "separatists");
        assertHas(events("fr", "La Russie, selon Kiev, aide massivement les séparatistes prorusses."), "supports", "russia",
                "separatists");
        // After a determiner or an adjective the word stays a noun.
        assertNone(events("fr", "La Russie, principale aide militairement utile, reste discrète sur les séparatistes prorusses."),
                "supports");
    }

    @Test
    void frenchTheLatterIsTheLastActorNamed() {
        assertHas(events("fr", "Les régions sont dépendantes de l'aide de la Russie. Cette dernière, en plus d'organiser des convois, "
                + "aide la Biélorussie."), "supports", "russia", "belarus");
        assertHas(events("fr", "Le Kremlin compte sur la Chine. Cette dernière a critiqué les États-Unis."), "criticized", "china",
                "united-states");
        // "cette dernière" before a noun is a determiner and an adjective, no pronoun.
        assertNone(events("fr", "La Chine est citée. Cette dernière proposition a critiqué les États-Unis."), "criticized");
        // Nothing named in the previous sentence: nothing stands for it.
        assertNone(events("fr", "Il pleut. Cette dernière a critiqué les États-Unis."), "criticized");
    }

    @Test
    void membersListedAfterTheDirectObjectAreObjectsToo() {
        assertHas(events("en", "Germany praised several countries, including Poland, for their help."), "praised", "germany",
                "poland");
        List<Event> es = events("en", "Britain thanked NATO member states, including Estonia and Latvia, for their support.");
        assertHas(es, "praised", "united-kingdom", "estonia");
        assertHas(es, "praised", "united-kingdom", "latvia");
        assertHas(events("en", "Canada will sanction senior Russian officials, including President Putin."), "sanctioned",
                "canada", "putin");
        // A clause or a preposition between the object and the list: the list belongs to something else.
        assertHasNot(events("en", "France criticized the decision, which affects several countries, including Poland."),
                "criticized", "france", "poland");
        assertHasNot(events("en", "Italy praised the reform of the courts, including in Poland."), "praised", "italy", "poland");
        assertHasNot(events("en", "Spain praised the plan, like Poland."), "praised", "spain", "poland");
    }

    @Test
    void atTheRequestOfSomeoneIsTheirRequestToTheSubject() {
        assertHas(events("en", "Japan sent observers at the request of the United Nations."), "requested", "un", "japan");
        assertHas(events("en", "German forces are in Lithuania at the invitation of the Government of Lithuania."),
                "requested", "lithuania", "germany");
        assertHas(events("en", "French troops left Mali in 2022, then at the Malian government's request returned."),
                "requested", "mali", "france");
        assertHas(events("en", "Canada withdrew its diplomats at Ukraine's request."), "requested", "ukraine", "canada");
        // A request that is not the circumstance "at …" of the clause asks nothing of its subject.
        assertNone(events("en", "Japan rejected the request of the United Nations."), "requested");
        assertNone(events("en", "Canada looked at the request of Ukraine."), "requested");
        assertNone(events("en", "At the request of Ukraine, the talks were postponed."), "requested");
    }
}
