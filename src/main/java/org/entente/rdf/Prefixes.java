package org.entente.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The prefixes a query (command line, graph export) may use without declaring them. */
public final class Prefixes {
    public static final Map<String, String> STANDARD = new LinkedHashMap<>();

    static {
        STANDARD.put("dip", Dip.NS);
        STANDARD.put("ent", Dip.ID);
        for (org.entente.actors.ActorType t : org.entente.actors.ActorType.values()) {
            STANDARD.putIfAbsent(t.pathSegment(), Dip.ID + t.pathSegment() + "/");
        }
        STANDARD.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        STANDARD.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        STANDARD.put("owl", "http://www.w3.org/2002/07/owl#");
        STANDARD.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        STANDARD.put("schema", "http://schema.org/");
        STANDARD.put("dcterms", "http://purl.org/dc/terms/");
        STANDARD.put("prov", "http://www.w3.org/ns/prov#");
        STANDARD.put("skos", "http://www.w3.org/2004/02/skos/core#");
        STANDARD.put("wd", "http://www.wikidata.org/entity/");
    }

    private Prefixes() {
    }

    /** The query with declarations added for the standard prefixes it does not declare itself. */
    public static String addTo(String query) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : STANDARD.entrySet()) {
            Pattern declared = Pattern.compile("(?i)PREFIX\\s+" + e.getKey() + ":");
            if (!declared.matcher(query).find()) {
                b.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n");
            }
        }
        return b.append(query).toString();
    }
}
