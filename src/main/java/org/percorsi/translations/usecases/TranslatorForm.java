package org.percorsi.translations.usecases;

/** The address of the account an administrator names translator of the whole platform. */
public record TranslatorForm(String email) {}
