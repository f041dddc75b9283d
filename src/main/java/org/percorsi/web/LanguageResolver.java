package org.percorsi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.percorsi.accounts.usecases.ChooseLanguage;
import org.percorsi.organisation.OrganisationApi;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Italian or English: the language chosen with the switch (kept in a cookie),
 * else the browser's preference between the two, else the organisation's default.
 * A signed-in person's switch is also kept on their account, for their mails.
 */
class LanguageResolver extends CookieLocaleResolver {

    static final Locale ITALIAN = Locale.ITALIAN;
    static final Locale ENGLISH = Locale.ENGLISH;

    private final ChooseLanguage chooseLanguage;

    LanguageResolver(OrganisationApi organisation, ChooseLanguage chooseLanguage) {
        super("percorsi-lang");
        this.chooseLanguage = chooseLanguage;
        setCookieMaxAge(Duration.ofDays(365));
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
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = locale == null || !"en".equals(locale.getLanguage()) ? ITALIAN : ENGLISH;
        super.setLocale(request, response, chosen);
        chooseLanguage.handle(chosen);
    }
}
