/** The translators' actions, one class per verb, each checking its permission once in {@link TranslationRules}. */
package org.percorsi.translations.usecases;
