package org.percorsi.documents;

/** The kind of act by which the ente answers a final document: a resolution of the Giunta or of the Council, or other. */
public enum ActKind {
    GIUNTA_RESOLUTION,
    COUNCIL_RESOLUTION,
    MANAGER_DETERMINATION,
    OTHER
}
