package org.entente.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 20 binary relations of the diplomacy ontology, with the event class each one's event node gets,
 * whether it is symmetric, and the default CAMEO code (a trigger may give a more specific one).
 */
public enum RelationType {
    TALKED_WITH("talkedWith", true, "Talks", "040"),
    MET_WITH("metWith", true, "Meeting", "043"),
    VISITED("visited", false, "Visit", "042"),
    PLANS_TO_MEET("plansToMeet", true, "MeetingPlan", "036"),
    NEGOTIATED_WITH("negotiatedWith", true, "Negotiation", "046"),
    SIGNED_AGREEMENT_WITH("signedAgreementWith", true, "AgreementSigning", "057"),
    PROPOSED_TO("proposedTo", false, "Proposal", "030"),
    REQUESTED("requested", false, "Request", "020"),
    PRAISED("praised", false, "Praise", "051"),
    SUPPORTS("supports", false, "Support", "050"),
    CRITICIZED("criticized", false, "Criticism", "111"),
    ACCUSED("accused", false, "Accusation", "112"),
    DENIED("denied", false, "Denial", "016"),
    REJECTED("rejected", false, "Rejection", "120"),
    THREATENED("threatened", false, "Threat", "130"),
    SANCTIONED("sanctioned", false, "Sanction", "163"),
    DEPLOYS("deploys", false, "Deployment", "150"),
    ATTACKED("attacked", false, "Attack", "190"),
    LEADER_OF("leaderOf", false, "Leadership", null),
    MEMBER_OF("memberOf", false, "Membership", null);

    private static final Map<String, RelationType> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(r -> r.localName.toLowerCase(Locale.ROOT), Function.identity()));

    private final String localName;
    private final boolean symmetric;
    private final String eventClass;
    private final String defaultCameo;

    RelationType(String localName, boolean symmetric, String eventClass, String defaultCameo) {
        this.localName = localName;
        this.symmetric = symmetric;
        this.eventClass = eventClass;
        this.defaultCameo = defaultCameo;
    }

    /** Local name of the ontology property, e.g. {@code talkedWith}. */
    public String localName() {
        return localName;
    }

    public boolean symmetric() {
        return symmetric;
    }

    /** Local name of the class of the event node, e.g. {@code Talks}. */
    public String eventClass() {
        return eventClass;
    }

    /** CAMEO code used when the trigger gives none; null for the two affiliation relations. */
    public String defaultCameo() {
        return defaultCameo;
    }

    /** True for leaderOf and memberOf: states, not events. */
    public boolean isAffiliation() {
        return this == LEADER_OF || this == MEMBER_OF;
    }

    /** By local name, case-insensitive ({@code talkedWith}); throws a clear error for an unknown one. */
    public static RelationType of(String name) {
        RelationType r = BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
        if (r == null) {
            throw new org.entente.EntenteException("unknown relation '" + name + "': use one of "
                    + Arrays.stream(values()).map(RelationType::localName).collect(Collectors.joining(", ")));
        }
        return r;
    }
}
