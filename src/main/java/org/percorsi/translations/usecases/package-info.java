/**
 * The translators' actions, one class per verb, each checking its permission once in {@link TranslationRules}; open
 * to modules that drive them (demo data).
 */
@org.springframework.modulith.NamedInterface("usecases")
package org.percorsi.translations.usecases;
