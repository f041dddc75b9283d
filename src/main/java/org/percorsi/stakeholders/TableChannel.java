package org.percorsi.stakeholders;

/** How an organisation joined a negotiation table: on the site, at a meeting, by certified mail, on invitation. */
public enum TableChannel {
    SITE,
    MEETING,
    CERTIFIED_MAIL,
    INVITATION
}
