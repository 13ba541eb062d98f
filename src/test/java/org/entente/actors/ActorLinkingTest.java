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
        "en;2022-03-01;Michael Jordan visited Paris.;Paris=place/paris",
        "en;2022-03-01;Chad Smith and Georgia Brown arrived.;",
        "fr;2022-03-01;La Chine a ratifié l'accord de Paris.;Chine=country/china",
        "en;2022-03-01;China ratified the Paris Agreement.;China=country/china",
        // a capital after a locative preposition is the city; French "à" after a verb of giving is a dative
        "fr;2022-03-01;Les manifestations ont eu lieu à Téhéran.;Téhéran=place/tehran",
        "fr;2022-03-01;Moscou a proposé à Washington un traité.;Moscou=country/russia | Washington=country/united-states",
        "en;2022-03-01;Talks were held in Moscow, Washington said.;Moscow=place/moscow | Washington=country/united-states",
        "en;2022-03-01;Turkish Cypriot leaders met Greek officials.;Greek=country/greece",
        "fr;2022-03-01;Un accord « Minsk III » est évoqué.;",
        // a capital with a number names an agreement or a conference, not the government
        "fr;2022-03-01;Les négociateurs relisent les accords dits d'Oslo II.;",
        "en;2022-03-01;Delegates still quote the Minsk II package.;",
        // after "bin", a name gives the father: "Sultan Said" is not "Qaboos bin Said" again
        "en;2020-01-12;Qaboos bin Said, the Sultan of Oman, has died. His father, Sultan Said, was deposed in 1970.;Qaboos bin Said=person/qaboos-bin-said | Sultan of Oman=person/qaboos-bin-said | Sultan Said=person/said",
        // capitals as places outside a locative preposition: after a verb of motion, in apposition to
        // "capital", in "X-based"; "to" without motion stays the government
        "en;2022-03-01;The delegation headed for Moscow on Monday.;Moscow=place/moscow",
        "en;2022-03-01;The convoy was bound for Tehran.;Tehran=place/tehran",
        "en;2022-03-01;Diplomats sent a letter to Beijing.;Beijing=country/china",
        "en;2022-03-01;Protests spread through the capital, Riyadh, overnight.;Riyadh=place/riyadh",
        "fr;2022-03-01;La capitale afghane, Kaboul, est restée calme.;afghane=country/afghanistan | Kaboul=place/kabul",
        // a name at the end of a sentence, with the full stop glued to it by the tokenizer
        "en;2022-03-01;Blinken then called Lavrov.;Blinken=person/antony-blinken | Lavrov=person/sergey-lavrov",
        "fr;2022-03-01;La délégation est partie vers Moscou.;Moscou=place/moscow",
        "en;2022-03-01;A Berlin-based think tank published the report.;",
        "en;2022-03-01;The patient was flown from a clinic in Omsk to Berlin overnight.;Berlin=place/berlin",
        "en;2022-03-01;The envoys met in Vienna before flying to Rome, Italy.;Vienna=place/vienna | Rome=place/rome | Italy=country/italy",
        "fr;2022-03-01;La ligne relie Téhéran et Ispahan depuis 1970.;Téhéran=place/tehran",
        "fr;2022-03-01;Les vols passent par Dubaï, Doha et Istanbul.;Doha=place/doha",
        "fr;2022-03-01;Hier, Moscou a répondu à Kiev.;Moscou=country/russia | Kiev=country/ukraine",
        "en;2022-03-01;Talks between Washington and Pyongyang stalled.;Washington=country/united-states | Pyongyang=country/north-korea",
        "fr;2022-03-01;Les tensions entre l'Occident et Moscou persistent.;Moscou=country/russia",
        // a role in apposition is said of the person just named, not of the holder at the article's date
        "en;2020-01-12;Yesterday Qaboos bin Said, the long-serving Sultan of Oman, was buried.;Qaboos bin Said=person/qaboos-bin-said | Sultan of Oman=person/qaboos-bin-said",
        "en;2020-01-12;The Sultan of Oman received the envoys.;Sultan of Oman=person/haitham-bin-tariq",
        // a country's name or demonym in the name of a sea, a gulf, a canal or a company is no actor;
        // the country next to the sea, the country's own ships and the country's delegation still are
        "fr;2021-05-04;Deux frégates ont croisé en mer du Japon puis dans le golfe d'Oman.;",
        "fr;2021-05-04;Le cargo a quitté le canal de Panama pour l'océan Indien.;",
        "fr;2021-05-04;Les pétroliers traversent la mer des Philippines.;",
        "fr;2021-05-04;La déclaration du Japon et l'accord des Philippines ont été salués.;Japon=country/japan | Philippines=country/philippines",
        "en;2021-05-04;Two frigates crossed the Sea of Japan and the Gulf of Oman.;",
        "en;2021-05-04;The tanker sailed from the Irish Sea to the Indian Ocean.;",
        "en;2021-05-04;American Airlines and Kuwait Airways cancelled flights to Beirut.;Beirut=place/beirut",
        "fr;2021-05-04;La compagnie Turkish Airlines a suspendu ses vols.;",
        "fr;2021-05-04;La Chine a envoyé des navires en mer près du Japon.;Chine=country/china | Japon=country/japan",
        "en;2021-05-04;The American delegation said Japan's navy patrolled the sea.;American=country/united-states | Japan=country/japan",
        // a person's name in the name of a thing named after him is no mention of him
        "en;2019-05-04;Ali Khamenei received the envoys. Later they visited the Ali Khamenei Grand Mosque.;Ali Khamenei=person/ali-khamenei",
        "en;2016-01-12;The Ban Ki-moon Institute opened, and Ban Ki-moon spoke.;Ban Ki-moon=person/ban-ki-moon",
        "fr;2016-01-12;La fondation Obama a ouvert ses portes et Barack Obama a parlé.;Barack Obama=person/barack-obama",
        "en;2016-01-12;Donations to the Obama Foundation rose, Obama said.;Obama=person/barack-obama",
        // a capital listed as one of some cities is the city; capitals listed stand for their governments
        "en;2019-10-27;Flights to Chilean cities other than Santiago were cut, and Santiago protested.;Chilean=country/chile | Santiago=place/santiago | Santiago=country/chile",
        "fr;2019-10-27;Les vols vers des villes comme Téhéran sont suspendus, a annoncé Téhéran.;Téhéran=place/tehran | Téhéran=country/iran",
        "en;2019-10-27;Western capitals such as Paris condemned the move.;Paris=country/france",
        // "president" names Iran's head of government (office-holders.tsv follows Wikidata P6 there),
        // not its Supreme Leader; elsewhere it is the head of state
        "fr;2016-01-24;Le président iranien a reçu le président russe.;président iranien=person/hassan-rouhani | président russe=person/vladimir-putin",
        "en;2022-03-01;The Iranian president and Iran's Supreme Leader disagreed.;Iranian president=person/ebrahim-raisi | Iran's Supreme Leader=person/ali-khamenei",
        // a capital after a summit's own complement ("du G20") names the summit's place
        "fr;2021-05-04;Le sommet de l'OTAN de Vilnius a commencé, a répondu Moscou.;OTAN=org/nato | Moscou=country/russia",
        "fr;2021-05-04;L'accord du gouvernement de Kiev avec Moscou a été signé.;Kiev=country/ukraine | Moscou=country/russia",
        // a country's name or demonym in a currency names the currency
        "fr;2021-05-04;Le programme coûte 80 millions $US, selon les États-Unis.;États-Unis=country/united-states",
        "en;2021-05-04;Aid of US$40 million and 5 million US dollars was pledged, the US said.;US=country/united-states",
        "fr;2021-05-04;Le prêt est libellé en dollars américains, ont précisé les Américains.;Américains=country/united-states",
        "en;2021-05-04;Iranian rials are scarce, Iranian officials said.;Iranian=country/iran",
        "en;2021-05-04;Russia pounds Kharkiv while the Turkish lira falls.;Russia=country/russia",
        // French "à" + capital after a noun of a speech or a visit is its place, whatever verb comes first
        "fr;2021-05-04;Ce texte rappelle le discours du pape en 1999 à Varsovie.;Varsovie=place/warsaw",
        "fr;2021-05-04;Le ministre a évoqué sa visite à Pékin.;Pékin=place/beijing",
        "fr;2021-05-04;Moscou a rappelé à Washington ses engagements.;Moscou=country/russia | Washington=country/united-states",
        // a blocker written with a capital blocks only a capitalised word
        "en;2021-05-04;The new rules bar US airlines from Cuban airports.;US=country/united-states | Cuban=country/cuba",
        "en;2021-05-04;Moscow today rejected the offer, the Moscow Times reported.;Moscow=country/russia",
        "en;2021-05-04;The Gulf states met Omani officials.;Gulf=place/persian-gulf | Omani=country/oman",
        // invented text of the draw 9-11 round: a country's name with a governor's title is a federated
        // namesake (the country itself still links next to it)
        "en;2023-04-06;The governor of Georgia flew to Tbilisi, where Georgia signed the deal.;Tbilisi=place/tbilisi | Georgia=country/georgia",
        "en;2023-04-06;Georgia Governor Brian Kemp met Georgia President Salome Zourabichvili in Tbilisi.;Governor Brian Kemp=person/brian-kemp | Georgia President Salome Zourabichvili=person/salome-zourabichvili | Tbilisi=place/tbilisi",
        "fr;2023-04-06;Le gouverneur de la Géorgie a salué la décision de la Géorgie.;Géorgie=country/georgia",
        // a capital as the direct object of a verb of motion, or after a journey noun + "to", is the city
        "fr;2022-11-16;Le ministre regagnera Washington jeudi, a indiqué Washington.;Washington=place/washington-d-c | Washington=country/united-states",
        "fr;2022-09-01;Des milliers de familles ont quitté Kiev avant que Kiev ne demande de l'aide.;Kiev=place/kyiv | Kiev=country/ukraine",
        "en;2022-09-01;Thousands fled Kabul, and Kabul appealed for aid.;Kabul=place/kabul | Kabul=country/afghanistan",
        "en;2022-09-01;His visit to Beijing was cut short after Beijing objected.;Beijing=place/beijing | Beijing=country/china",
        "en;2021-05-12;Flights to Havana resumed, Havana said.;Havana=place/havana | Havana=country/cuba",
        "en;2022-09-01;The orchestra cancelled its tour of London, and London protested.;London=country/united-kingdom",
        // a capital's own streets, residents, mayor and police are the city's
        "fr;2021-05-12;Dans les rues de Moscou, le maire de Moscou a parlé, puis Moscou a démenti.;Moscou=country/russia",
        "en;2015-11-16;Brussels police and the Kyiv mayor spoke as Kyiv protested.;Kyiv=country/ukraine",
        // Brussels standing for an actor is the EU (seats.tsv); as a place it stays the city
        "fr;2016-03-07;Bruxelles propose une aide, a-t-on appris à Bruxelles.;Bruxelles=org/eu | Bruxelles=place/brussels",
        "en;2016-03-07;Brussels warned Budapest, officials in Brussels said.;Brussels=org/eu | Budapest=country/hungary | Brussels=place/brussels",
        // French "à" after a verb of paying is a dative; after "se tenir" it is the place
        "fr;2016-03-07;L'UE versera trois milliards d'euros à Ankara.;UE=org/eu | Ankara=country/turkey",
        "fr;2016-03-07;Le sommet se tiendra à Ankara.;Ankara=place/ankara",
        // a role that is the complement of a role or person noun leaves the name after the comma to that
        // noun ("le porte-parole du président russe, X" is the spokesman); after a visit it is the role's
        "fr;2021-05-12;Le porte-parole du président russe, Dmitri Peskov, a démenti.;président russe=person/vladimir-putin | Dmitri Peskov=person/dmitri-peskov",
        "en;2021-05-12;A spokesman for the Russian president, Dmitry Peskov, denied it.;Russian president=person/vladimir-putin | Dmitry Peskov=person/dmitry-peskov",
        "fr;2021-05-12;La visite du président russe, Vladimir Poutine, a été reportée.;président russe, Vladimir Poutine=person/vladimir-putin",
        "en;2021-05-12;The visit of the Russian president, Vladimir Putin, was postponed.;Russian president, Vladimir Putin=person/vladimir-putin",
        // a role after "former"/"ancien" with no name is a past holder: no one (the current holder still
        // links without it, and a former holder by name)
        "fr;2020-11-05;L'ancien président américain a parlé, puis le président américain a répondu.;président américain=person/donald-trump",
        "en;2020-11-05;The former US president spoke before the US president replied.;US president=person/donald-trump",
        "en;2024-02-01;Former prime minister Boris Johnson urged Washington to act.;prime minister Boris Johnson=person/boris-johnson | Washington=country/united-states",
        // "visited" takes the capital as a place
        "en;2019-09-05;The minister visited Hanoi before Hanoi signed the deal.;Hanoi=place/hanoi | Hanoi=country/vietnam",
        "fr;2019-09-05;Le ministre a visité Hanoï avant que Hanoï ne signe l'accord.;Hanoï=place/hanoi | Hanoï=country/vietnam",
        // a surname after a particle belongs to the given name before it ("Hafez al-Assad" is not Bashar)
        "en;2019-09-05;A statue of Hafez al-Assad was unveiled, and President al-Assad attended.;President al-Assad=person/bashar-al-assad",
        "fr;2019-09-05;Le portrait de Hafez el-Assad a été retiré, Bachar el-Assad n'a pas réagi.;Bachar el-Assad=person/bashar-al-assad",
        // a river's delta is a place of its own, not the country named after the river
        "en;2023-09-10;Oil spills in the Niger Delta worried Niger's neighbours.;Niger=country/niger",
        "fr;2023-09-10;Les pollutions du delta du Niger inquiètent le Niger.;Niger=country/niger",
        // called by the first word of the name: the last word is no surname ("Jinping", "Zardari" of the son)
        "en;2023-09-10;President Xi Jinping arrived. Xi spoke first.;President Xi=person/xi-jinping | Xi=person/xi-jinping",
        "en;2024-03-01;Asif Ali Zardari was sworn in, and Zardari thanked his son Bilawal Bhutto Zardari.;Asif Ali Zardari=person/asif-ali-zardari | Zardari=person/asif-ali-zardari | Bilawal Bhutto Zardari=person/bilawal-bhutto-zardari",
        // a capital's court is the city's; the government named by the capital still links
        "en;2024-11-06;A Moscow court sentenced the man, and Moscow protested.;Moscow=country/russia",
        "fr;2024-11-06;Le tribunal de Moscou a condamné l'homme, a déploré Washington.;Washington=country/united-states",
        // the British prime minister either side of 24 July 2019 (office-holders.tsv dates to the day)
        "fr;2019-05-31;La Première ministre britannique a démissionné.;Première ministre britannique=person/theresa-may",
        "en;2019-08-01;The British prime minister arrived.;British prime minister=person/boris-johnson",
        // "and U.S." ends no sentence: the role after it keeps its country ("U.S. President X")
        "en;2015-11-16;Russian President Vladimir Putin and U.S. President Barack Obama met.;Russian President Vladimir Putin=person/vladimir-putin | U.S. President Barack Obama=person/barack-obama",
        "en;2015-11-16;Aid went to the U.S. President Barack Obama thanked donors.;U.S.=country/united-states | President Barack Obama=person/barack-obama",
        // the Chinese foreign minister in April 2023 was Qin Gang, between Wang Yi's two terms
        "en;2023-04-14;The Chinese foreign minister met Baerbock.;Chinese foreign minister=person/qin-gang | Baerbock=person/annalena-baerbock",
        "en;2023-08-14;The Chinese foreign minister met Baerbock.;Chinese foreign minister=person/wang-yi | Baerbock=person/annalena-baerbock",
        // newspapers named after a capital or a country; the capital or country alone still links
        "en;2023-04-14;The Kyiv Independent and China Daily reported that Kyiv and China disagreed.;Kyiv=country/ukraine | China=country/china",
        // a point of the compass between a blocker and "de": the capital's suburbs; "le nord d'Israël" stays Israel
        "fr;2024-10-03;Des frappes ont visé la banlieue sud de Beyrouth, puis Beyrouth a protesté auprès du nord d'Israël.;Beyrouth=country/lebanon | Israël=country/israel",
        // a country's name before an unknown surname with a glued possessive is a first name
        "en;2021-11-15;Georgia O'Keeffe's paintings went on show, and Georgia's president attended.;Georgia's president=country/georgia",
        // "de X et de <capital>" with X an unknown town lists places; with a known capital, governments
        "fr;2017-06-01;Les maires de Pittsburgh et de Paris ont protesté, tandis que le soutien de Londres et de Paris reste acquis.;Paris=place/paris | Londres=country/united-kingdom | Paris=country/france",
        // "under", "deputy", "vice" before a role name a lower office: no holder; the role itself still resolves
        "en;2023-05-20;The US under secretary of state met the deputy foreign minister of Russia, and the US secretary of state called.;US=country/united-states | US secretary of state=person/antony-blinken",
        "fr;2023-05-20;Le vice-ministre russe des Affaires étrangères a rencontré le ministre russe des Affaires étrangères.;russe=country/russia | ministre russe des Affaires étrangères=person/sergey-lavrov",
    })
    void linksTo(String lang, String date, String text, String expected) {
        assertEquals(expected == null ? "" : expected, linked(lang, date, text));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        // people not in the data, named without a title: a person noun or role in apposition after the name
        "en;2021-05-04;The delegation met Tomas Kerrigan, the founder of Openvault, in Geneva.;Tomas Kerrigan=person/tomas-kerrigan",
        "en;2021-05-04;Officials briefed Marta Okonkwo, a former senator, on the talks.;Marta Okonkwo=person/marta-okonkwo",
        "fr;2021-05-04;Selon Ilse Vandermeer, directrice de l'agence, le projet avance.;Ilse Vandermeer=person/ilse-vandermeer",
        "fr;2021-05-04;Parmi eux figurait Lena Okafor, responsable du programme spatial.;Lena Okafor=person/lena-okafor",
        // … or before it, with the organisation's name running into the person's
        "fr;2021-05-04;La cour a entendu le fondateur de Openvault Tomas Kerrigan hier.;Tomas Kerrigan=person/tomas-kerrigan",
        "fr;2021-05-04;Le fondateur d'Openvault, Tomas Kerrigan, a été arrêté.;Tomas Kerrigan=person/tomas-kerrigan",
        "en;2021-05-04;The whistleblower Tomas Kerrigan left London.;Tomas Kerrigan=person/tomas-kerrigan | London=country/united-kingdom",
        // … or whose surname recurs alone in the article, which then links to the full name
        "en;2021-05-04;Anneliese Brandt arrived on Monday. Brandt met reporters.;Anneliese Brandt=person/anneliese-brandt | Brandt=person/anneliese-brandt",
        // collectives: group noun + demonym, pro-demonym, "de" + country or place; bare nouns afterwards
        "en;2021-05-04;Syrian rebels attacked the convoy.;Syrian rebels=group/syrian-rebels",
        "en;2021-05-04;Pro-Russian separatists shelled the town.;Pro-Russian separatists=group/pro-russian-separatists",
        "fr;2021-05-04;Les rebelles syriens ont repris la ville.;rebelles syriens=group/syrian-rebels",
        "fr;2021-05-04;L'opposition syrienne a rejeté le plan.;opposition syrienne=group/syrian-opposition",
        "fr;2021-05-04;Les séparatistes prorusses ont bombardé Marioupol.;séparatistes prorusses=group/pro-russian-separatists",
        "fr;2021-05-04;Les Kurdes de Syrie craignent une offensive.;Kurdes de Syrie=group/syrian-kurds",
        "fr;2021-05-04;Les insurgés afghans ont attaqué. Les insurgés ont ensuite reculé.;insurgés afghans=group/afghan-insurgents | insurgés=group/afghan-insurgents",
        "fr;2021-05-04;Kiev combat les séparatistes de la région orientale du Donbass.;Kiev=country/ukraine | séparatistes de la région orientale du Donbass=group/donbas-separatists",
        // a named group of one country qualified by another country's demonym is that country's namesake;
        // by its own country's demonym it stays the group
        "fr;2021-05-04;Les peshmergas syriens entraînés au Kurdistan sont rentrés.;peshmergas syriens=group/syrian-peshmerga",
        "en;2021-05-04;The Syrian Peshmerga crossed the river, but the Peshmerga held the line.;Syrian Peshmerga=group/syrian-peshmerga | Peshmerga=group/peshmerga",
        "fr;2021-05-04;Les talibans pakistanais ont revendiqué l'attaque.;talibans pakistanais=group/pakistani-taliban",
        "en;2021-05-04;The Afghan Taliban condemned the attack.;Afghan=country/afghanistan | Taliban=group/taliban",
        "fr;2021-05-04;Le Hezbollah libanais a salué le Hezbollah irakien.;Hezbollah=group/hezbollah | libanais=country/lebanon | Hezbollah irakien=group/iraqi-hezbollah",
        "fr;2021-05-04;Une vedette des Gardiens de la révolution iranienne a été vue.;Gardiens de la révolution iranienne=group/islamic-revolutionary-guard-corps",
        // a demonym next to a people's adjective says where the people lives, not that the state acts;
        // the state's own army, and group nouns with their demonym, still link
        "fr;2021-05-04;Tandis que l'armée irakienne reculait, les combattants kurdes irakiens tenaient la crête.;irakienne=country/iraq",
        "en;2021-05-04;Syrian Kurdish fighters held the ridge as the Syrian army withdrew.;Syrian=country/syria",
        "fr;2021-05-04;Les Kurdes irakiens ont voté, les Kurdes de Syrie ont attendu.;Kurdes irakiens=group/iraqi-kurds | Kurdes de Syrie=group/syrian-kurds",
        "fr;2021-05-04;Des villageois druzes libanais ont accueilli les soldats libanais.;libanais=country/lebanon",
        "en;2021-05-04;The Syrian Arab Army retook the village.;Syrian=country/syria",
        // a role in apposition to a name found only by that role is said of that person; without a
        // name it stays the country (no holder in the data)
        "fr;2021-05-04;Odile Ferrand, l'ambassadrice de France, a répondu aux questions.;Odile Ferrand=person/odile-ferrand | ambassadrice de France=person/odile-ferrand",
        "fr;2021-05-04;L'ambassadrice de France a répondu aux questions.;ambassadrice de France=country/france",
        "en;2021-05-04;Tomas Kerrigan, the Irish ambassador, met reporters.;Tomas Kerrigan=person/tomas-kerrigan | Irish ambassador=person/tomas-kerrigan",
        "en;2021-05-04;The Irish ambassador met reporters.;Irish ambassador=country/ireland",
        // lookalikes: no group from a bare noun, an objection, or an adjective; no person from a
        // capitalised non-name after a comma, a place, or a first name that is a country's name
        "en;2021-05-04;The rebels attacked the convoy.;",
        "fr;2021-05-04;L'opposition de la France au projet est connue.;France=country/france",
        "fr;2021-05-04;Les forces kurdes avancent.;",
        "fr;2021-05-04;Le texte, Nouvelle Route, sera signé par la France.;France=country/france",
        "en;2021-05-04;At the meeting, Human Rights Watch, an advocacy group, criticised Iran.;Iran=country/iran",
        "fr;2021-05-04;Les régions de Donetsk de Lougansk restent isolées.;",
        "en;2021-05-04;Jordan Peterson spoke in Toronto.;",
        "en;2021-05-04;They defend Greek and Turkish Cypriot interests.;Greek=country/greece",
        // a shorter form of a name met earlier in the article is the same person
        "en;2021-05-04;Envoy Hal K. Morrow resigned on Monday. Later, Hal Morrow spoke.;Envoy Hal K. Morrow=person/hal-k-morrow | Hal Morrow=person/hal-k-morrow",
    })
    void untitledPeopleAndGroups(String lang, String date, String text, String expected) {
        assertEquals(expected == null ? "" : expected, linked(lang, date, text));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        // coalitions named by the country that leads them: one group per leading country, any adjectives
        "fr;2019-05-04;La coalition aérienne menée par les États-Unis a frappé la ville.;coalition aérienne menée par les États-Unis=group/us-led-coalition",
        "fr;2019-05-04;La coalition internationale menée par les États-Unis a répondu.;coalition internationale menée par les États-Unis=group/us-led-coalition",
        "fr;2019-05-04;La coalition militaire arabe conduite par l'Arabie saoudite bombarde le Yémen.;coalition militaire arabe conduite par l'Arabie saoudite=group/saudi-led-coalition | Yémen=country/yemen",
        "fr;2019-05-04;Une coalition dirigée par Riyad intervient depuis 2015.;coalition dirigée par Riyad=group/saudi-led-coalition",
        "fr;2019-05-04;La coalition menée par Washington a quitté la base.;coalition menée par Washington=group/us-led-coalition",
        "en;2019-05-04;The US-led coalition struck the town.;US-led coalition=group/us-led-coalition",
        "en;2019-05-04;A Saudi-led military coalition bombed the port.;Saudi-led military coalition=group/saudi-led-coalition",
        "en;2019-05-04;The coalition led by Saudi Arabia denied it.;coalition led by Saudi Arabia=group/saudi-led-coalition",
        "en;2019-05-04;A French-led coalition was deployed.;French-led coalition=group/france-led-coalition",
        // lookalikes: a government coalition, a coalition led by a person or a party, the alliance itself
        "fr;2019-05-04;La coalition au pouvoir en Allemagne a éclaté.;Allemagne=country/germany",
        "en;2019-05-04;The coalition government in Berlin collapsed.;Berlin=place/berlin",
        "fr;2019-05-04;La coalition gouvernementale menée par la CDU a perdu.;",
        "en;2019-05-04;The coalition led by Prime Minister Jane Doemaker won.;Prime Minister Jane Doemaker=person/jane-doemaker",
        "fr;2019-05-04;La coalition menée par le Parti démocrate a gagné.;",
    })
    void ledCoalitions(String lang, String date, String text, String expected) {
        assertEquals(expected == null ? "" : expected, linked(lang, date, text));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        // a definite common noun with a complement in apposition makes a two- or three-word name a person's
        "fr;2021-05-04;Il a dîné avec Paulo Ventrisca, le chantre du vélo urbain.;Paulo Ventrisca=person/paulo-ventrisca",
        "fr;2021-05-04;Odile Marchetti, la mère de la réforme, a répondu.;Odile Marchetti=person/odile-marchetti",
        "fr;2021-05-04;Selon Bruno Delcasse, l'artisan de l'accord, tout est prêt.;Bruno Delcasse=person/bruno-delcasse",
        "en;2021-05-04;The praise came from Jane Doemaker, the architect of the deal.;Jane Doemaker=person/jane-doemaker",
        "en;2021-05-04;They met Corin Ashdale, the son of a miner, on Friday.;Corin Ashdale=person/corin-ashdale",
        // lookalikes: places, organisations and things in apposition, known actors, a locative, no "of"
        "fr;2021-05-04;Il a visité Paris, la capitale de la France.;Paris=place/paris | France=country/france",
        "fr;2021-05-04;Les navires ont quitté Port Valdane, la ville du nord.;",
        "fr;2021-05-04;Ils ont signé Nouvelle Route, le projet de la Chine.;Chine=country/china",
        "fr;2021-05-04;Les fonds de Crédit Morvan, la banque des agriculteurs, ont fui.;",
        "en;2021-05-04;Shares of Rio Velde, the company of the year, rose.;",
        "en;2021-05-04;They landed in Port Arvel, the capital of the island.;",
        "en;2021-05-04;They landed near Santa Corva, the heart of the region.;",
        "en;2021-05-04;She praised Blue Harbour, the network of volunteers.;",
        "fr;2021-05-04;Il a rejoint Terre Vive, le mouvement des paysans.;",
    })
    void appositionWithAComplement(String lang, String date, String text, String expected) {
        assertEquals(expected == null ? "" : expected, linked(lang, date, text));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        // a country-less role in a quotation is the office of the government the sentence attributes it to
        "fr;2022-01-31;«Le président de la République a reçu son homologue», a indiqué l'Elysée.;président de la République=person/emmanuel-macron | Elysée=country/france",
        "fr;2019-06-01;«Le président de la République s'est entretenu avec les ambassadeurs», a précisé la présidence française.;président de la République=person/emmanuel-macron | présidence française=country/france",
        "fr;2016-06-01;«Le chef de l'Etat a fait une proposition», selon l'Elysée.;chef de l'Etat=person/francois-hollande | Elysée=country/france",
        "fr;2022-01-31;Selon le Kremlin, «le président de la République a été clair».;Kremlin=country/russia | président de la République=person/vladimir-putin",
        // no quotation, two governments speaking, or a demonym: no guess / the demonym's country
        "fr;2022-01-31;Le président de la République a parlé hier.;",
        "fr;2022-01-31;«Le président de la République a parlé», ont dit Paris et Moscou.;Paris=country/france | Moscou=country/russia",
        "fr;2022-01-31;«Le chef de l'Etat russe a parlé», a indiqué l'Elysée.;chef de l'Etat russe=person/vladimir-putin | Elysée=country/france",
    })
    void countryLessRolesInAQuotationBelongToTheGovernmentSpeaking(String lang, String date, String text, String expected) {
        assertEquals(expected == null ? "" : expected, linked(lang, date, text));
    }

    @org.junit.jupiter.api.Test
    void countryLessRolesInAGovernmentsOwnArticleAreItsOffice() {
        Article a = new Article("t", "Le président de la République a reçu les ambassadeurs.", "fr",
                LocalDate.parse("2022-01-31"), null, null, "Élysée", null);
        List<Mention> m = TestPipelines.get().recogniser().recognise(TestPipelines.get().analyser().analyse(a)).mentions();
        assertEquals("person/emmanuel-macron", m.get(0).actor().slug());
        assertEquals("country/france", m.get(0).officeOf().slug());
    }

    @org.junit.jupiter.api.Test
    void theTwoPresidentsAfterTheElyseesOwnWordsAreItsPresidentAndTheOtherOne() {
        List<Mention> m = mentions("fr", "2022-01-31", "Le président russe Vladimir Poutine a appelé Emmanuel Macron. "
                + "«L'appel fait suite aux conversations du président de la République avec ses homologues russe et "
                + "ukrainien», a indiqué la présidence française. Selon l'Elysée, «les deux présidents sont d'accord».");
        Mention group = m.stream().filter(x -> x.kind() == Mention.Kind.GROUP).findFirst().orElseThrow();
        assertEquals(java.util.Set.of("person/vladimir-putin", "person/emmanuel-macron"),
                group.actors().stream().map(Actor::slug).collect(Collectors.toSet()));
    }

    @org.junit.jupiter.api.Test
    void ledCoalitionsHaveLabelsFromTemplatesInBothLanguages() {
        Actor us = mentions("fr", "2019-05-04", "La coalition aérienne menée par les États-Unis a frappé.").get(0).actor();
        assertEquals(ActorType.GROUP, us.type());
        assertEquals("US-led coalition", us.labelEn());
        assertEquals("coalition menée par les États-Unis", us.labelFr());
        assertEquals(null, us.qid());
        Actor sa = mentions("en", "2019-05-04", "The Saudi-led coalition denied it.").get(0).actor();
        assertEquals("coalition menée par l'Arabie saoudite", sa.labelFr());
        Actor fr = mentions("en", "2019-05-04", "The coalition led by France withdrew.").get(0).actor();
        assertEquals("coalition menée par la France", fr.labelFr());
    }

    @org.junit.jupiter.api.Test
    void theIranianPresidentIsTheHeadOfGovernmentOfRecordButKeepsTheWordsOffice() {
        // the holder is looked up as head of government (office-holders.tsv); the mention keeps the office
        // the word "président" names, which a later bare "le président" is matched against
        Mention m = mentions("fr", "2016-01-24", "Le président iranien a atterri à Rome.").get(0);
        assertEquals("person/hassan-rouhani", m.actor().slug());
        assertEquals("head_of_state", m.office());
        assertEquals("country/iran", m.officeOf().slug());
    }

    @org.junit.jupiter.api.Test
    void aRoleInAppositionGivesTheOfficeAndItsCountry() {
        Mention m = mentions("fr", "2021-05-04", "Karim Belhadj, le ministre tunisien des Transports, a signé.").get(0);
        assertEquals("person/karim-belhadj", m.actor().slug());
        assertEquals("minister", m.office());
        assertEquals("country/tunisia", m.officeOf().slug());
        // the role itself is said of him, not of Tunisia
        Mention role = mentions("fr", "2021-05-04", "Karim Belhadj, le ministre tunisien des Transports, a signé.").get(1);
        assertEquals(Mention.Kind.ROLE, role.kind());
        assertEquals("person/karim-belhadj", role.actor().slug());
    }

    @org.junit.jupiter.api.Test
    void groupsHaveLabelsInBothLanguagesAndNoInventedWikidataId() {
        Actor g = mentions("en", "2021-05-04", "Syrian rebels attacked the convoy.").get(0).actor();
        assertEquals(ActorType.GROUP, g.type());
        assertEquals("Syrian rebels", g.labelEn());
        assertEquals("rebelles syriens", g.labelFr());
        assertEquals(null, g.qid());
        Actor f = mentions("fr", "2021-05-04", "L'opposition syrienne a rejeté le plan.").get(0).actor();
        assertEquals("Syrian opposition", f.labelEn());
        assertEquals("opposition syrienne", f.labelFr());
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

    @org.junit.jupiter.api.Test
    void theTwoPresidentsAreTheLastTwoHeadsOfStateNotTheLastTwoPeople() {
        List<Mention> m = mentions("en", "2022-03-01",
                "Macron met Putin on Monday. Blinken then called Lavrov. The two presidents agreed on a truce.");
        Mention group = m.stream().filter(x -> x.kind() == Mention.Kind.GROUP).findFirst().orElseThrow();
        assertEquals(List.of("person/emmanuel-macron", "person/vladimir-putin"),
                group.actors().stream().map(Actor::slug).toList());
        Mention ministers = mentions("en", "2022-03-01",
                "Blinken called Lavrov. Macron then met Putin. The two ministers agreed.").stream()
                .filter(x -> x.kind() == Mention.Kind.GROUP).findFirst().orElseThrow();
        assertEquals(List.of("person/antony-blinken", "person/sergey-lavrov"),
                ministers.actors().stream().map(Actor::slug).toList());
    }
}
