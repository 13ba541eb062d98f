package org.entente.extract;

import static org.entente.extract.EventAssertions.assertHas;
import static org.entente.extract.EventAssertions.assertHasNot;
import static org.entente.extract.EventAssertions.assertNone;
import static org.entente.extract.EventAssertions.has;

import java.time.LocalDate;
import java.util.List;
import org.entente.Pipeline;
import org.entente.article.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * French frames, on sentences written for these tests (not taken from any evaluation data): the author
 * of a praised or condemned act ("a salué l'initiative de X"), "l'attaque de X contre Y", "le soutien de X
 * à Y", "X a reçu le soutien de Y", coordinated predicates sharing a subject, relative clauses set off by
 * commas, coordinated passives, pronominal verbs that are no passives. Must-give and near-miss cases.
 */
class RuleExtractorFrenchTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.builder().build();
    }

    private static List<Event> events(String text) {
        return pipeline.extract(new Article("t", text, "fr", LocalDate.of(2022, 6, 1), null, null, null, null)).events();
    }






    @Test
    void authorOfAPraisedOrCondemnedAct() {
        assertHas(events("Le Japon a salué l'initiative de la Corée du Sud."), "praised", "japan", "south-korea");
        assertHas(events("Le Maroc s'est félicité de la décision de l'Espagne."), "praised", "morocco", "spain");
        assertHas(events("Berlin a salué mercredi le rôle de la Turquie dans la médiation."), "praised", "germany", "turkey");
        assertHas(events("Le Canada a dénoncé la répression menée par l'Iran."), "criticized", "canada", "iran");
        // Near misses: the "de" phrase of an invasion or an arrest is its victim, not its author.
        assertNone(events("La France a dénoncé l'invasion de l'Ukraine."), "criticized");
        assertNone(events("Le Chili a salué la libération de la Bolivie."), "praised");
    }

    @Test
    void attackOfXAgainstY() {
        List<Event> es = events("L'Allemagne a condamné l'attaque de la Russie contre l'Ukraine.");
        assertHas(es, "criticized", "germany", "russia");
        assertHas(es, "attacked", "russia", "ukraine");
        // The subject of "condamné" is not the attacker.
        assertHasNot(es, "attacked", "germany", "ukraine");
        // A verb that orders or allows the act keeps its subject as the agent; a verb of judgement does not.
        assertHas(events("Vladimir Poutine a ordonné le déploiement de troupes en Biélorussie."), "deploys",
                "vladimir-putin", "belarus");
        assertNone(events("L'Allemagne a condamné le déploiement de troupes en Biélorussie."), "deploys");
        // Without a target after it, "l'attaque de X" may be an attack on X: nothing.
        assertNone(events("Le Japon a évoqué l'attaque de la Corée du Sud."), "attacked");
    }

    @Test
    void supportOfXToYAndSupportReceived() {
        assertHas(events("Le soutien de la Pologne à l'Ukraine reste entier."), "supports", "poland", "ukraine");
        List<Event> es = events("L'Ukraine a reçu le soutien de la Pologne.");
        assertHas(es, "supports", "poland", "ukraine");
        assertHasNot(es, "supports", "ukraine", "poland");
    }

    @Test
    void coordinatedPredicateSharesTheSubject() {
        List<Event> es = events("La Hongrie a critiqué l'Union européenne et menacé l'Ukraine de représailles.");
        assertHas(es, "criticized", "hungary", "eu");
        assertHas(es, "threatened", "hungary", "ukraine");
        assertHasNot(es, "threatened", "eu", "ukraine");
        es = events("L'Égypte a reçu le président français puis a salué la position de l'Allemagne.");
        assertHas(es, "praised", "egypt", "germany");
        assertHasNot(es, "praised", "emmanuel-macron", "germany");
        // Near miss: a subject of its own before the second verb stays the agent.
        es = events("Le Brésil a dit que la Russie a attaqué et bombardé l'Ukraine.");
        assertHasNot(es, "attacked", "brazil", "ukraine");
    }

    @Test
    void mentionInsideACommaRelativeIsNoAgentOfTheMainVerb() {
        List<Event> es = events("L'Inde, dont le Premier ministre a rencontré Joe Biden, a critiqué la Chine.");
        assertHas(es, "criticized", "india", "china");
        assertHasNot(es, "criticized", "joe-biden", "china");
        es = events("La Chine, qui a critiqué les États-Unis, a signé un accord avec la Russie.");
        assertHas(es, "criticized", "china", "united-states");
        assertHas(es, "signedAgreementWith", "china", "russia");
        assertHasNot(es, "signedAgreementWith", "united-states", "russia");
    }

    @Test
    void coordinatedPassivesEachWithTheirAgent() {
        List<Event> es = events("La proposition japonaise a été rejetée par la Chine et écartée par la Russie.");
        assertHas(es, "rejected", "china", "japan");
        assertHas(es, "rejected", "russia", "japan");
        es = events("Le plan russe a été soutenu par la Serbie mais refusé par la Pologne.");
        assertHas(es, "supports", "serbia", "russia");
        assertHas(es, "rejected", "poland", "russia");
        assertHasNot(es, "rejected", "serbia", "russia");
    }

    @Test
    void beingInContactIsTalking() {
        assertHas(events("Le Japon a été en contact avec les Iraniens."), "talkedWith", "japan", "iran");
        // Losing contact is no conversation.
        assertNone(events("Le Japon a perdu le contact avec un navire iranien."), "talkedWith");
    }

    @Test
    void defeatingIsAttacking() {
        assertHas(events("L'armée irakienne a vaincu l'État islamique à Mossoul."), "attacked", "iraq", "islamic-state");
        assertNone(events("L'armée irakienne n'a pas vaincu l'État islamique."), "attacked");
    }

    @Test
    void denialOfAClaimAttributedWithSelon() {
        List<Event> es = events("Selon Kiev, des soldats russes ont franchi la frontière, ce que Moscou dément.");
        assertHas(es, "denied", "russia", "ukraine");
        // Without a source or an earlier accusation, a denial has no target.
        assertNone(events("Des soldats ont franchi la frontière, ce que Moscou dément."), "denied");
    }

    @Test
    void deliveringWeaponsIsSupportWarningIsAThreat() {
        assertHas(events("Les États-Unis vont livrer des missiles à l'Ukraine."), "supports", "united-states", "ukraine");
        assertNone(events("Le Qatar a livré du gaz à l'Allemagne."), "supports");
        assertNone(events("La Russie a livré une bataille contre l'Ukraine."), "supports");
        assertHas(events("Moscou a mis en garde Washington contre toute livraison d'armes."), "threatened", "russia",
                "united-states");
    }

    @Test
    void frenchIdiomsOfBlamePraiseAndFire() {
        assertHas(events("La France a mis en cause la Russie dans cette cyberattaque."), "criticized", "france", "russia");
        assertHas(events("Le Premier ministre polonais a pointé du doigt la Biélorussie."), "criticized", "poland", "belarus");
        List<Event> es = events("Le président français a rendu hommage à l'Ukraine.");
        assertHas(es, "praised", "emmanuel-macron", "ukraine");
        assertNone(es, "visited");
        assertHas(events("L'Iran a tiré des missiles sur Israël."), "attacked", "iran", "israel");
        // Near misses: a missile over a country, a lesson drawn.
        assertNone(events("La Corée du Nord a tiré un missile au-dessus du Japon."), "attacked");
        assertNone(events("L'Iran a tiré les leçons de la crise avec Israël."), "attacked");
    }
}
