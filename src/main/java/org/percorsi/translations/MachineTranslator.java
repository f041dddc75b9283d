package org.percorsi.translations;

import java.util.Optional;
import org.percorsi.shared.language.Language;

/**
 * A machine-translation provider, which fills drafts for translators to review (none by default). Implementations
 * send nothing but the text: never who wrote it.
 */
public interface MachineTranslator {

    /**
     * The text in {@code to}, or empty when the provider could not translate it (down, language not offered);
     * {@code from} null: the provider detects it (a participant's words may be in any language).
     */
    Optional<String> translate(String text, Language from, Language to, boolean html);
}
