/**
 * Atom feeds (RFC 4287) of what is new in public: processes published, meetings scheduled or changed, and the
 * municipality's answers to proposals, one feed per process ({@code /processes/{slug}/feed.atom}) and one for
 * the whole platform ({@code /feed.atom}). Feeds are read as a visitor who is not signed in, whoever asks:
 * reserved processes, phases and meetings never appear, and one copy may be cached by anyone (ETag and
 * Last-Modified, 304). Links are built on the configured public address, never on the request. Reads
 * processes, meetings and proposals through their APIs; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feeds")
package org.percorsi.feeds;
