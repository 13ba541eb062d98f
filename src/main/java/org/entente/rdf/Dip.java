package org.entente.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the Entente diplomacy ontology ({@code ontology/diplomacy.ttl}), prefix {@code dip:}.
 * The 20 relation properties are named after {@code RELATIONS.md}; see {@link org.entente.extract.RelationType}.
 */
public final class Dip {
    public static final String NS = "https://w3id.org/entente/diplomacy#";
    /** Base of actor IRIs (countries, organisations, people). */
    public static final String ID = "https://w3id.org/entente/id/";
    /** Base of article IRIs; each article's named graph has the article IRI as its name. */
    public static final String ARTICLE = "https://w3id.org/entente/article/";
    /** Named graph holding the shared actor nodes (labels, types, owl:sameAs Wikidata). */
    public static final String ACTORS_GRAPH = "https://w3id.org/entente/graph/actors";
    /**
     * Named graph of the precomputed relation summary: one {@link #RelationSummary} node per (agent, relation,
     * target, month), kept in step with the article graphs by every write of the store.
     */
    public static final String SUMMARY_GRAPH = "https://w3id.org/entente/graph/summary";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private Dip() {
    }

    public static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    public static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Actor classes
    public static final Resource Actor = resource("Actor");
    public static final Resource Country = resource("Country");
    public static final Resource Organisation = resource("Organisation");
    /** Alliances and negotiating formats (Normandy format, Quartet, E3…). */
    public static final Resource Format = resource("Format");
    public static final Resource Person = resource("Person");
    public static final Resource Place = resource("Place");

    // Event classes (subclasses of dip:Event; dip:PhoneCall is a kind of dip:Talks)
    public static final Resource Event = resource("Event");
    /** Leadership and membership statements: traceable like events, but states rather than happenings. */
    public static final Resource Affiliation = resource("Affiliation");
    public static final Resource Mention = resource("Mention");

    // Modality
    public static final Resource Actual = resource("Actual");
    public static final Resource Planned = resource("Planned");

    // Event and mention properties
    public static final Property relation = property("relation");
    public static final Property agent = property("agent");
    public static final Property target = property("target");
    public static final Property participant = property("participant");
    public static final Property date = property("date");
    public static final Property modality = property("modality");
    public static final Property evidence = property("evidence");
    public static final Property evidenceStart = property("evidenceStart");
    public static final Property evidenceEnd = property("evidenceEnd");
    public static final Property trigger = property("trigger");
    public static final Property confidence = property("confidence");
    public static final Property cameoCode = property("cameoCode");
    public static final Property ploverType = property("ploverType");
    public static final Property goldstein = property("goldstein");
    public static final Property mentions = property("mentions");
    public static final Property mention = property("mention");
    public static final Property actor = property("actor");
    public static final Property surface = property("surface");
    public static final Property start = property("start");
    public static final Property end = property("end");
    public static final Property office = property("office");
    public static final Property country = property("country");
    public static final Property source = property("source");

    // Relation summary (graph SUMMARY_GRAPH): events grouped by agent, relation, target and month
    public static final Resource RelationSummary = resource("RelationSummary");
    public static final Resource RelationMonthSummary = resource("RelationMonthSummary");
    public static final Resource PairMonthSummary = resource("PairMonthSummary");
    public static final Resource AssertionSummary = resource("AssertionSummary");
    public static final Property actualArticleCount = property("actualArticleCount");
    public static final Property plannedArticleCount = property("plannedArticleCount");
    public static final Property lastArticle = property("lastArticle");
    public static final Property summaryAgent = property("summaryAgent");
    public static final Property summaryRelation = property("summaryRelation");
    public static final Property summaryTarget = property("summaryTarget");
    public static final Property month = property("month");
    public static final Property eventCount = property("eventCount");
    public static final Property articleCount = property("articleCount");
    public static final Property goldsteinCount = property("goldsteinCount");
    public static final Property goldsteinSum = property("goldsteinSum");
    public static final Property firstDate = property("firstDate");
    public static final Property lastDate = property("lastDate");
}
