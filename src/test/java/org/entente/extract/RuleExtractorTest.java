package org.entente.extract;

import static org.entente.extract.EventAssertions.assertHas;
import static org.entente.extract.EventAssertions.events;
import static org.entente.extract.EventAssertions.assertHasNot;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule frames on sentences written for these tests (not taken from any evaluation data): each relation
 * with sentences that must give it, and near-misses (negation, allegation, hypothesis, refusal, a noun
 * whose nearest mention is not its agent) that must not.
 */
class RuleExtractorTest {




    // attacked: nominal triggers take a possessive, demonym or light-verb subject as agent.

    @Test
    void possessiveAgentOfWar() {
        List<Event> es = events("en", "Norway said that Russia's brutal war against Ukraine must stop.");
        assertHas(es, "attacked", "russia", "ukraine");
        assertHasNot(es, "attacked", "norway", "ukraine");
    }

    @Test
    void pronounPossessorOfInvasion() {
        List<Event> es = events("en", "Canada condemned Moscow for its unprovoked invasion of Ukraine.");
        assertHas(es, "attacked", "russia", "ukraine");
        assertHasNot(es, "attacked", "canada", "ukraine");
    }

    @Test
    void nounWithoutAgentIsNotGivenTheNearestMention() {
        List<Event> es = events("en", "Finland hosted a conference on the war against Ukraine.");
        assertHasNot(es, "attacked", "finland", "ukraine");
    }

    @Test
    void lightVerbSubjectOfNominalAttack() {
        List<Event> es = events("fr", "L'armée turque a lancé une offensive contre l'État islamique.");
        assertHas(es, "attacked", "turkey", "islamic-state");
    }

    @Test
    void allegationIsNotAnAttack() {
        List<Event> es = events("en", "Poland accused Russia of planning an invasion of Lithuania.");
        assertHas(es, "accused", "poland", "russia");
        assertHasNot(es, "attacked", "russia", "lithuania");
    }

    @Test
    void hypotheticalAttack() {
        assertHasNot(events("en", "If Russia attacks Moldova, the alliance will respond."), "attacked", "russia", "moldova");
        assertHasNot(events("fr", "Si la Russie attaque la Moldavie, l'alliance répondra."), "attacked", "russia", "moldova");
    }

    // threatened: an infinitive complement keeps the threat's target.

    @Test
    void threatToInvade() {
        List<Event> es = events("fr", "La Russie a menacé d'envahir la Géorgie.");
        assertHas(es, "threatened", "russia", "georgia");
        assertHasNot(es, "attacked", "russia", "georgia");
    }

    // metWith / negation / refusal / a target beyond another verb.

    @Test
    void meetingAndNegation() {
        assertHas(events("fr", "Le président russe Vladimir Poutine a rencontré Emmanuel Macron à Moscou."),
                "metWith", "putin", "macron");
        assertHasNot(events("fr", "Vladimir Poutine n'a pas rencontré Emmanuel Macron."), "metWith", "putin", "macron");
        assertHasNot(events("en", "Joe Biden did not meet Vladimir Putin in Geneva."), "metWith", "biden", "putin");
    }

    @Test
    void refusalToMeetIsARejectionNotAMeeting() {
        List<Event> es = events("en", "Vladimir Putin refused to meet Volodymyr Zelenskyy.");
        assertHasNot(es, "metWith", "putin", "zelenskyy");
    }

    @Test
    void noTargetAcrossAnotherVerb() {
        List<Event> es = events("en", "Joe Biden and Emmanuel Macron met in Paris to strengthen their ties as NATO allies.");
        assertHas(es, "metWith", "biden", "macron");
        assertHasNot(es, "metWith", "macron", "nato");
    }

    @Test
    void gatheringOfCoordinatedCounterparts() {
        List<Event> es = events("en", "Egyptian foreign minister Sameh Shoukry and his Greek and French counterparts, "
                + "Nikos Dendias and Jean-Yves Le Drian, gathered in Athens on Monday.");
        assertHas(es, "leaderOf", "dendias", "greece");
        assertHas(es, "leaderOf", "le-drian", "france");
        assertHasNot(es, "leaderOf", "dendias", "france");
        assertHas(es, "metWith", "shoukry", "le-drian");
    }

    // leaderOf: former office holders are not leaders at the article's date.

    @Test
    void formerOfficeHolderIsNotLeader() {
        assertHasNot(events("en", "Former British prime minister David Cameron met Emmanuel Macron."),
                "leaderOf", "cameron", "united-kingdom");
        assertHasNot(events("fr", "L'ancien Premier ministre britannique David Cameron a rencontré Emmanuel Macron."),
                "leaderOf", "cameron", "united-kingdom");
        assertHas(events("fr", "Le président russe Vladimir Poutine a parlé avec Emmanuel Macron."),
                "leaderOf", "putin", "russia");
    }

    // memberOf from membership statements.

    @Test
    void membershipStatements() {
        List<Event> es = events("en", "Norway, Denmark and other NATO allies sent aid.");
        assertHas(es, "memberOf", "norway", "nato");
        assertHas(es, "memberOf", "denmark", "nato");
        assertHas(events("en", "EU member states, including Portugal, voted for the plan."), "memberOf", "portugal", "eu");
        assertHas(events("fr", "La Pologne, membre de l'OTAN, a demandé des renforts."), "memberOf", "poland", "nato");
        List<Event> fr = events("fr", "Il a salué l'OTAN, qui rassemble la Norvège, le Danemark et l'Islande.");
        assertHas(fr, "memberOf", "norway", "nato");
        assertHas(fr, "memberOf", "iceland", "nato");
    }

    @Test
    void notAMembershipStatement() {
        assertHasNot(events("en", "Norway criticized NATO for its decision."), "memberOf", "norway", "nato");
        assertHasNot(events("fr", "La Turquie a critiqué l'OTAN."), "memberOf", "turkey", "nato");
    }

    // praised / criticized: lemmatiser misses and interjection tags.

    @Test
    void praiseAndCriticism() {
        assertHas(events("en", "Spain welcomed Japan's decision to join the effort."), "praised", "spain", "japan");
        assertHas(events("en", "Australia condemned China for the blockade."), "criticized", "australia", "china");
        assertHas(events("fr", "L'Allemagne a salué la Pologne pour son accueil des réfugiés."), "praised", "germany", "poland");
    }
}
