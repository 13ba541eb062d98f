package org.entente.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.entente.EntenteException;

/**
 * The OpenNLP models, loaded once from the model jars on the classpath and shared: models are
 * immutable; the ME tools built on them are not thread-safe (see {@link OpenNlpAnalyser}).
 */
public final class NlpModels {
    final SentenceModel sentEn;
    final SentenceModel sentFr;
    final TokenizerModel tokEn;
    final POSModel posEn;
    final POSModel posFr;
    final LemmatizerModel lemmaEn;
    final LanguageDetectorModel langDetect;
    final FrenchLemmatizer lemmaFr;

    private static volatile NlpModels shared;

    private NlpModels() {
        sentEn = load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        sentFr = load("opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin", SentenceModel::new);
        tokEn = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        posEn = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        posFr = load("opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin", POSModel::new);
        lemmaEn = load("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);
        langDetect = load("langdetect-183.bin", LanguageDetectorModel::new);
        lemmaFr = FrenchLemmatizer.load();
    }

    /** The models of this JVM, loaded on first use (about a second). */
    public static NlpModels get() {
        NlpModels m = shared;
        if (m == null) {
            synchronized (NlpModels.class) {
                m = shared;
                if (m == null) {
                    shared = m = new NlpModels();
                }
            }
        }
        return m;
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = NlpModels.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new EntenteException("OpenNLP model " + resource + " is not on the classpath: rebuild with "
                        + "'mvn package' so the opennlp-models-* jars are bundled");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new EntenteException("cannot read OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }
}
