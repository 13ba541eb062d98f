package org.entente;

import java.nio.file.Path;
import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorRecogniser;
import org.entente.actors.DictionaryRecogniser;
import org.entente.actors.RecognisedArticle;
import org.entente.article.Article;
import org.entente.extract.Cameo;
import org.entente.extract.Extraction;
import org.entente.extract.RelationExtractor;
import org.entente.extract.RuleExtractor;
import org.entente.nlp.Analyser;
import org.entente.nlp.NlpModels;
import org.entente.nlp.OpenNlpAnalyser;
import org.entente.rdf.ArticleGraph;
import org.entente.rdf.RdfMapper;

/**
 * The extraction pipeline, stage by stage: analyse, recognise actors, extract relations, map to RDF.
 * Build once and share: every stage is thread-safe and the models are loaded once.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().build();
 * ArticleGraph g = p.process(article);
 * }</pre>
 */
public final class Pipeline {
    private final Analyser analyser;
    private final ActorRecogniser recogniser;
    private final RelationExtractor extractor;
    private final RdfMapper mapper;
    private final ActorDictionary dictionary;

    private Pipeline(Builder b) {
        this.dictionary = b.dictionary != null ? b.dictionary : ActorDictionary.load(b.actorDir);
        this.analyser = b.analyser != null ? b.analyser : new OpenNlpAnalyser(NlpModels.get());
        this.recogniser = b.recogniser != null ? b.recogniser : new DictionaryRecogniser(dictionary);
        this.extractor = b.extractor != null ? b.extractor : new RuleExtractor(dictionary);
        this.mapper = new RdfMapper(Cameo.load());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs every stage but the RDF mapping. */
    public Extraction extract(Article article) {
        RecognisedArticle r = recogniser.recognise(analyser.analyse(article));
        return extractor.extract(r);
    }

    /** Runs every stage. */
    public ArticleGraph process(Article article) {
        return mapper.map(extract(article));
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    public Analyser analyser() {
        return analyser;
    }

    public ActorRecogniser recogniser() {
        return recogniser;
    }

    public RelationExtractor extractor() {
        return extractor;
    }

    public RdfMapper mapper() {
        return mapper;
    }

    /** Settings of a pipeline; every stage defaults to the bundled implementation and data. */
    public static final class Builder {
        private ActorDictionary dictionary;
        private Path actorDir;
        private Analyser analyser;
        private ActorRecogniser recogniser;
        private RelationExtractor extractor;

        /** Extra actor data: files named like the bundled tables, whose rows are added. */
        public Builder actorData(Path dir) {
            this.actorDir = dir;
            return this;
        }

        public Builder dictionary(ActorDictionary d) {
            this.dictionary = d;
            return this;
        }

        public Builder analyser(Analyser a) {
            this.analyser = a;
            return this;
        }

        public Builder recogniser(ActorRecogniser r) {
            this.recogniser = r;
            return this;
        }

        public Builder extractor(RelationExtractor e) {
            this.extractor = e;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
