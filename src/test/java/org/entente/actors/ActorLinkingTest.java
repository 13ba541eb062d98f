package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.TestPipelines;
import org.entente.article.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mentions and the actor each links to, in both languages, including the hard ones and lookalikes. */
class ActorLinkingTest {
    static List<Mention> mentions(String lang, String date, String text) {
        Article a = new Article("t", text, lang, date.isEmpty() ? null : LocalDate.parse(date), null, null, null, null);
        return TestPipelines.get().recogniser().recognise(TestPipelines.get().analyser().analyse(a)).mentions();
    }

    /** "surface=slug" for every mention, in order. */
    static String linked(String lang, String date, String text) {
        return mentions(lang, date, text).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.actors().stream().map(Actor::slug)
                        .collect(Collectors.joining("+")))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        // names, acronyms, inflected demonyms and metonyms
        "en;2022-03-01;NATO and the EU met in Brussels.;NATO=org/nato | EU=org/eu | Brussels=place/brussels",
        "fr;2022-03-01;L'OTAN et l'UE se sont réunies.;OTAN=org/nato | UE=org/eu",
        "fr;2022-03-01;Les soldats russes et les diplomates françaises sont partis.;russes=country/russia | françaises=country/france",
        "fr;2022-03-01;Le Kremlin a répondu à la Maison Blanche.;Kremlin=country/russia | Maison Blanche=country/united-states",
        "en;2022-03-01;Downing Street and the Pentagon disagreed.;Downing Street=country/united-kingdom | Pentagon=country/united-states",
        "fr;2022-03-01;Les Etats-Unis et le Royaume-Uni ont répondu.;Etats-Unis=country/united-states | Royaume-Uni=country/united-kingdom",
        "en;2022-03-01;The U.S. and Britain answered.;U.S.=country/united-states | Britain=country/united-kingdom",
        // role phrases resolved by the article's date, before and after a change of office
        "en;2022-03-01;The US Secretary of State arrived.;US Secretary of State=person/antony-blinken",
        "en;2016-06-01;The French President arrived.;French President=person/francois-hollande",
        "en;2019-06-01;The French President arrived.;French President=person/emmanuel-macron",
        "fr;2022-01-31;Le président russe Vladimir Poutine a parlé.;président russe Vladimir Poutine=person/vladimir-putin",
        "en;2022-03-01;Russian President Vladimir Putin spoke.;Russian President Vladimir Putin=person/vladimir-putin",
        "en;2022-03-30;President Joseph R. Biden, Jr. spoke today.;President Joseph R. Biden=person/joe-biden",
        
        // people not in the data get an IRI from their name
        "en;2022-03-01;Prime Minister Jane Doemaker spoke.;Prime Minister Jane Doemaker=person/jane-doemaker",
        // lookalikes that must not link as the country acting
        "en;2022-03-01;Michael Jordan visited Paris.;Paris=country/france",
        "en;2022-03-01;Chad Smith and Georgia Brown arrived.;",
        "fr;2022-03-01;La Chine a ratifié l'accord de Paris.;Chine=country/china",
        "en;2022-03-01;China ratified the Paris Agreement.;China=country/china",
        // a capital after a locative preposition is the city; French "à" after a verb of giving is a dative
        "fr;2022-03-01;Les manifestations ont eu lieu à Téhéran.;Téhéran=place/tehran",
        "fr;2022-03-01;Moscou a proposé à Washington un traité.;Moscou=country/russia | Washington=country/united-states",
        "en;2022-03-01;Talks were held in Moscow, Washington said.;Moscow=place/moscow | Washington=country/united-states",
        "en;2022-03-01;Turkish Cypriot leaders met Greek officials.;Greek=country/greece",
        "fr;2022-03-01;Un accord « Minsk III » est évoqué.;",
    })
    void linksTo(String lang, String date, String text, String expected) {
        assertEquals(expected == null ? "" : expected, linked(lang, date, text));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        "fr;Le président russe Vladimir Poutine et son homologue ukrainien se sont parlé.;person/volodymyr-zelenskyy",
        "en;Russian President Vladimir Putin spoke with his Ukrainian counterpart.;person/volodymyr-zelenskyy",
    })
    void counterpartIsTheSameOfficeInTheOtherCountry(String lang, String text, String expected) {
        List<Mention> m = mentions(lang, "2022-03-01", text);
        assertTrue(m.stream().anyMatch(x -> x.actor().slug().equals(expected)), m.toString());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        "fr;Emmanuel Macron a reçu Olaf Scholz. Macron a ensuite appelé Poutine. Les deux dirigeants ont parlé.",
        "en;Emmanuel Macron hosted Olaf Scholz. Macron then called Putin. The two leaders talked.",
    })
    void surnamesAndGroupsLinkWithinTheArticle(String lang, String text) {
        List<Mention> m = mentions(lang, "2022-03-01", text);
        long macrons = m.stream().filter(x -> x.actor().slug().equals("person/emmanuel-macron")).count();
        assertTrue(macrons >= 2, m.toString());
        Mention group = m.stream().filter(x -> x.kind() == Mention.Kind.GROUP).findFirst().orElseThrow();
        assertEquals(2, group.actors().size());
        assertTrue(group.actors().stream().anyMatch(a -> a.slug().equals("person/vladimir-putin")), group.toString());
    }
}
