package org.entente.actors;

/** Kinds of actor; each maps to an ontology class of the same name. */
public enum ActorType {
    COUNTRY("Country", "country"),
    ORGANISATION("Organisation", "org"),
    FORMAT("Format", "format"),
    /** Armed groups, movements and other non-state actors. */
    GROUP("Organisation", "group"),
    PERSON("Person", "person"),
    PLACE("Place", "place");

    private final String ontologyClass;
    private final String pathSegment;

    ActorType(String ontologyClass, String pathSegment) {
        this.ontologyClass = ontologyClass;
        this.pathSegment = pathSegment;
    }

    /** Local name of the dip: class. */
    public String ontologyClass() {
        return ontologyClass;
    }

    /** IRI path segment: {@code id/country/russia}. */
    public String pathSegment() {
        return pathSegment;
    }
}
