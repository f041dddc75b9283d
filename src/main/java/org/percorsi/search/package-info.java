/**
 * One full-text search over processes, proposals, public meetings, DUP objectives
 * and interventions (Italian stemming, accents ignored; words as typed first), kept
 * up to date by listening to the features' events (and, for kinds added later,
 * once at start-up); results respect reserved processes and phases and come with
 * highlighted snippets of the text as written.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.percorsi.search;
