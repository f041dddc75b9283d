/**
 * One full-text search over processes and proposals (Italian stemming, accents
 * ignored), kept up to date by listening to the features' events; results respect
 * reserved processes and phases and come with highlighted snippets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.percorsi.search;
