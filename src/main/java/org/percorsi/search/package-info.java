/**
 * One full-text search over processes, proposals, public meetings, documents, DUP
 * objectives and interventions (Italian stemming, accents ignored; words as typed first; Chinese words found
 * inside runs of characters without spaces, Arabic words with or without their article and prefixes), kept
 * up to date by listening to the features' events after they commit (and, for kinds
 * added later, once at start-up). Processes and proposals arrive with their events,
 * each with the version of its change, so that an older change handled late never
 * replaces a newer one; the other kinds are read from their module's API. Results
 * respect reserved processes and phases (and a document's reserved version, found
 * only by the process's reserved area) and come with highlighted snippets of the
 * text as written.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.percorsi.search;
