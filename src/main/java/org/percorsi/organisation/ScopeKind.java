package org.percorsi.organisation;

/** What a territorial scope is: the whole municipality, a district, a neighbourhood, or another area. */
public enum ScopeKind {
    MUNICIPALITY,
    DISTRICT,
    NEIGHBOURHOOD,
    AREA
}
