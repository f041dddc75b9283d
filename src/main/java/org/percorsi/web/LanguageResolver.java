package org.percorsi.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.percorsi.organisation.OrganisationApi;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Italian or English: the language chosen with the switch (kept in a cookie),
 * else the browser's preference between the two, else the organisation's default.
 */
class LanguageResolver extends CookieLocaleResolver {

    static final Locale ITALIAN = Locale.ITALIAN;
    static final Locale ENGLISH = Locale.ENGLISH;

    LanguageResolver(OrganisationApi organisation) {
        super("percorsi-lang");
        setCookieMaxAge(java.time.Duration.ofDays(365));
        setDefaultLocaleFunction(request -> fromBrowser(request, organisation));
    }

    private static Locale fromBrowser(HttpServletRequest request, OrganisationApi organisation) {
        if (request.getHeader("Accept-Language") != null) {
            var preferred = request.getLocales();
            while (preferred.hasMoreElements()) {
                String language = preferred.nextElement().getLanguage();
                if ("it".equals(language)) {
                    return ITALIAN;
                }
                if ("en".equals(language)) {
                    return ENGLISH;
                }
            }
        }
        try {
            return "en".equals(organisation.info().defaultLanguage()) ? ENGLISH : ITALIAN;
        } catch (RuntimeException e) {
            if (!DatabaseUnavailablePage.databaseUnavailable(e)) {
                throw e;
            }
            // the database is down: still answer (the health endpoint, the 503 page) in Italian
            return ITALIAN;
        }
    }

    @Override
    public void setLocale(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            Locale locale) {
        super.setLocale(request, response, locale == null || !"en".equals(locale.getLanguage()) ? ITALIAN : ENGLISH);
    }
}
