package org.percorsi.stakeholders;

/** What an organisation of the registry is (issue #16's list: the kinds a negotiation table mixes). */
public enum OrganisationKind {
    ASSOCIATION,
    VOLUNTEER_GROUP,
    BUSINESS,
    TRADE_ASSOCIATION,
    UNION,
    SCHOOL,
    UNIVERSITY_RESEARCH,
    PUBLIC_BODY,
    CITY_COMPANY,
    INFORMAL_GROUP
}
