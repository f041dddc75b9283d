package org.percorsi.translations;

/** Who wrote a translation: a person, or a machine (always labelled on the pages until a person reviews it). */
public enum TranslationOrigin {
    HUMAN,
    MACHINE
}
