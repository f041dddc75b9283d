package org.percorsi.accounts.usecases;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** The language of the page being served: what a person registering reads, so their choice. */
final class PageLanguage {

    private PageLanguage() {}

    /** Null outside a request (the demo data), where the JVM's default locale would be nobody's choice. */
    static Locale ofRequest() {
        return LocaleContextHolder.getLocaleContext() == null ? null : LocaleContextHolder.getLocale();
    }
}
