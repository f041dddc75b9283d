package org.percorsi.shared.language;

import java.util.Optional;

/**
 * A participant's own words (a proposal, a comment) stay in the language they were written in; a reader may ask
 * for a machine translation into theirs, shown labelled and never stored, and nothing about who asked is kept.
 * Implemented by the {@code translations} module when a machine-translation provider is configured.
 */
public interface TranslationOnRequest {

    /** Whether a provider is configured: else pages offer no "translate" button. */
    boolean available();

    /** The text in {@code to}, its own language detected by the provider; empty when it could not translate it. */
    Optional<String> translate(String text, Language to, boolean html);

    /** Nothing to offer, for when no translations module is there. */
    TranslationOnRequest NONE = new TranslationOnRequest() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<String> translate(String text, Language to, boolean html) {
            return Optional.empty();
        }
    };
}
