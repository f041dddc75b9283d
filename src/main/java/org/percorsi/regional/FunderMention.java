package org.percorsi.regional;

import java.util.UUID;

/**
 * The funder's mention and logo that the call of a funded process requires on its public pages and materials (for
 * example "Progetto sostenuto dalla Regione Emilia-Romagna ... LR 15/2018"); the logo may be absent.
 */
public record FunderMention(String text, UUID logoId, String logoAlt) {}
