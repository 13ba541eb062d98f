package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrenchTokenizerTest {
    private static final String NBSP = "\u00A0";
    private static final String NNBSP = "\u202F";

    /** Sentence, then its expected tokens separated by single spaces (tokens never hold spaces). */
    static Stream<Arguments> sentences() {
        return Stream.of(
                // elisions, both apostrophes; aujourd'hui and prud'hommes stay whole
                Arguments.of("L'Italie s'oppose aujourd'hui à l’envoi d’armes.",
                        "L' Italie s' oppose aujourd'hui à l’ envoi d’ armes ."),
                Arguments.of("Jusqu'ici, lorsqu'il parle, qu’on l'écoute : c'est rare.",
                        "Jusqu' ici , lorsqu' il parle , qu’ on l' écoute : c' est rare ."),
                Arguments.of("Le conseil de prud'hommes n'a pas siégé puisqu'aucun juge n’était là.",
                        "Le conseil de prud'hommes n' a pas siégé puisqu' aucun juge n’ était là ."),
                Arguments.of("Quelqu'un d'aujourd'hui, presqu'île, quoiqu’elle dise.",
                        "Quelqu'un d' aujourd'hui , presqu'île , quoiqu’ elle dise ."),
                // inversions and imperative clitics split before the hyphen
                Arguments.of("Berlin a-t-il cédé ? Non, répond-elle.",
                        "Berlin a -t-il cédé ? Non , répond -elle ."),
                Arguments.of("Que pensent-ils ? Que craint-on ? Pourquoi Paris hésite-t-elle ?",
                        "Que pensent -ils ? Que craint -on ? Pourquoi Paris hésite -t-elle ?"),
                Arguments.of("Dites-le-moi, allons-y, va-t-en, n'est-ce pas ?",
                        "Dites -le -moi , allons -y , va-t-en , n' est -ce pas ?"),
                Arguments.of("PEUT-ON PARLER ? Ce rendez-vous, c'est-à-dire le sommet.",
                        "PEUT -ON PARLER ? Ce rendez-vous , c' est-à-dire le sommet ."),
                // hyphenated names and words stay whole
                Arguments.of("Les Etats-Unis, le Royaume-Uni et Jean-Yves Le Drian sont peut-être d'accord.",
                        "Les Etats-Unis , le Royaume-Uni et Jean-Yves Le Drian sont peut-être d' accord ."),
                Arguments.of("Aix-la-Chapelle, Saint-Germain-en-Laye et le cessez-le-feu.",
                        "Aix-la-Chapelle , Saint-Germain-en-Laye et le cessez-le-feu ."),
                // French typography: (narrow) no-break spaces before « » : ; ? !
                Arguments.of("«" + NBSP + "Nous refusons" + NBSP + "», a-t-il déclaré" + NNBSP + "; «" + NNBSP + "jamais" + NNBSP + "!" + NNBSP + "»",
                        "« Nous refusons » , a -t-il déclaré ; « jamais ! »"),
                Arguments.of("Il a dit\u00A0: \u201Cnon\u201D (sans appel) [sic]… — fin",
                        "Il a dit : \u201C non \u201D ( sans appel ) [ sic ] … — fin"),
                // abbreviations, acronyms, numbers, ordinals
                Arguments.of("M. Macron et Mme Meloni ont reçu MM. Scholz, Sánchez, etc.",
                        "M. Macron et Mme Meloni ont reçu MM. Scholz , Sánchez , etc."),
                Arguments.of("Les U.S. et l'O.N.U. datent-ils de 50 av. J.-C. ?",
                        "Les U.S. et l' O.N.U. datent -ils de 50 av. J.-C. ?"),
                Arguments.of("Le PIB a crû de 8,5 % (2,1% en 2023), soit 8.5 points et 8 500 emplois.",
                        "Le PIB a crû de 8,5 % ( 2,1 % en 2023 ) , soit 8.5 points et 8 500 emplois ."),
                Arguments.of("Dès le 1er janvier, au XXIe siècle, du 3e au 5e rang des 27 pays.",
                        "Dès le 1er janvier , au XXIe siècle , du 3e au 5e rang des 27 pays ."),
                Arguments.of("Le sommet est reporté... Il aura lieu en 2025-2026 à 14:30, avec le plan B.",
                        "Le sommet est reporté ... Il aura lieu en 2025 - 2026 à 14:30 , avec le plan B ."),
                // URLs and e-mail addresses
                Arguments.of("Lire https://www.elysee.fr/emmanuel-macron/2024?x=1, ou écrire à presse@quai-orsay.gouv.fr.",
                        "Lire https://www.elysee.fr/emmanuel-macron/2024?x=1 , ou écrire à presse@quai-orsay.gouv.fr ."),
                Arguments.of("(voir www.diplomatie.gouv.fr)", "( voir www.diplomatie.gouv.fr )"));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void tokenisesLikeUdGsd(String text, String expected) {
        List<Span> spans = FrenchTokenizer.INSTANCE.tokenize(text);
        assertEquals(Arrays.asList(expected.split(" ")), texts(text, spans), text);
        int previousEnd = 0;
        for (Span span : spans) {
            assertTrue(span.getStart() >= previousEnd && span.getEnd() > span.getStart(), "ordered, non-empty: " + span);
            previousEnd = span.getEnd();
        }
    }

    @Test
    void spanOffsetsAreExact() {
        String text = "  L’armée\u00A0a-t-elle\tquitté\n«\u202FKherson\u202F»\u00A0?";
        List<Span> spans = FrenchTokenizer.INSTANCE.tokenize(text);
        assertEquals(List.of("L’", "armée", "a", "-t-elle", "quitté", "«", "Kherson", "»", "?"), texts(text, spans));
        assertEquals(new Span(2, 4), spans.get(0));
        assertEquals(new Span(4, 9), spans.get(1));
        assertEquals(new Span(10, 11), spans.get(2));
        assertEquals(new Span(11, 18), spans.get(3));
    }

    @Test
    void emptyAndBlankTextGiveNoTokens() {
        assertEquals(List.of(), FrenchTokenizer.INSTANCE.tokenize(""));
        assertEquals(List.of(), FrenchTokenizer.INSTANCE.tokenize(" \u00A0\u202F\n"));
    }

    @Test
    void frenchPosModelTagsTheTokens() throws IOException {
        POSModel model;
        try (InputStream in = getClass().getResourceAsStream("/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        POSTaggerME tagger = new POSTaggerME(model);

        String text = "La France veut déployer des soldats en Roumanie.";
        String[] tokens = tokens(text);
        String[] tags = tagger.tag(tokens);
        assertEquals("PROPN", tags[1], "France");
        assertEquals("VERB", tags[2], "veut");
        assertEquals("VERB", tags[3], "déployer");
        assertEquals("NOUN", tags[5], "soldats");

        // elided and inverted tokens get their UD tags once apostrophes are normalised
        String[] inverted = tokens("L’Allemagne a-t-elle envoyé d’autres chars ?");
        String[] invertedTags = tagger.tag(inverted);
        assertEquals("l'", inverted[0].toLowerCase());
        assertEquals("DET", invertedTags[0], "L'");
        assertEquals("PROPN", invertedTags[1], "Allemagne");
        assertEquals("PRON", invertedTags[3], "-t-elle");
    }

    private static String[] tokens(String text) {
        return texts(text, FrenchTokenizer.INSTANCE.tokenize(text)).stream()
                .map(FrenchTokenizer::normalise).toArray(String[]::new);
    }

    private static List<String> texts(String text, List<Span> spans) {
        List<String> out = new ArrayList<>(spans.size());
        for (Span span : spans) {
            out.add(text.substring(span.getStart(), span.getEnd()));
        }
        return out;
    }
}
