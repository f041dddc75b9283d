/**
 * Content translations (issue #19): what the municipality publishes (a process's title, descriptions, easy-read
 * summary and phases; meetings; the answers to proposals; documents, paragraph by paragraph; interventions' sheets) in
 * the languages of {@code shared.language.Language}, each
 * translation with its origin (a person, or a machine draft), who translated and who reviewed it and when, and the
 * fingerprint of the source it was made from: when the source changes it is shown as out of date until reviewed
 * again. Pages show them through {@code shared.language.ContentTranslations} (implemented here by
 * {@code queries/StoredTranslations}, one read per page), so the content modules never depend on this one; those
 * modules list their texts for translators through {@code shared.language.TranslatableContent}.
 *
 * <p>Tables: {@code content_translation}, {@code platform_translator} (migrations {@code db/migration/translations}).
 * Translators: the TRANSLATOR role of a process (and its managers) or the platform's translators, named by
 * administrators; permissions once per action in {@code usecases/TranslationRules}. A machine-translation provider
 * ({@code MachineTranslator}; LibreTranslate when {@code percorsi.translations.machine.libretranslate-url} is set)
 * fills drafts, always labelled until a person reviews them, and translates a participant's proposal when a reader
 * asks ({@code MachineOnRequest}, behind {@code shared.language.TranslationOnRequest}: shown labelled, never stored).
 *
 * <p>Documents are translated block by block (field {@code heading-<key>} or {@code paragraph-<key>}, the block key
 * living on from version to version), so a changed paragraph alone goes out of date; interventions with the processes
 * whose proposals they carry out. Participants' comments and amendments are translated only on a reader's request
 * ({@code shared.language.AskedTranslation}, template {@code translations/onRequest}). Platform translators find their
 * queue from the back office ({@code TranslatorWork}, read by the web module's navigation and start page).
 *
 * <p>Where to look, for "review a translation": {@code web/TranslationWorkController} (queue and side-by-side
 * editor), {@code usecases/SaveTranslation} with {@code TranslationForm}, {@code domain/TranslationStore},
 * {@code queries/TranslationQueue}, templates in {@code src/main/jte/translations/}; tests in
 * {@code src/test/java/org/percorsi/translations/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Translations")
package org.percorsi.translations;
