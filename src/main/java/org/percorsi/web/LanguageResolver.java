package org.percorsi.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.percorsi.accounts.usecases.ChooseLanguage;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.shared.language.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page among those the organisation offers (see {@link LanguageChoice}): the one chosen with
 * the switch (kept in a cookie), else the browser's preference, else the organisation's default. A signed-in
 * person's switch is also kept on their account, for their mails. A language not offered is never chosen.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "percorsi-lang";

    static final Locale ITALIAN = Language.ITALIAN.locale();
    static final Locale ENGLISH = Language.ENGLISH.locale();

    private static final String RESOLVED = LanguageResolver.class.getName() + ".language";
    private static final Duration REMEMBERED = Duration.ofDays(365);

    private final OrganisationApi organisation;
    private final ChooseLanguage chooseLanguage;

    LanguageResolver(OrganisationApi organisation, ChooseLanguage chooseLanguage) {
        this.organisation = organisation;
        this.chooseLanguage = chooseLanguage;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return language(request).locale();
    }

    /** The page's language, worked out once per request. */
    Language language(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED) instanceof Language known) {
            return known;
        }
        Language language;
        try {
            var info = organisation.info();
            language = LanguageChoice.choose(
                    chosen(request),
                    request.getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                    info.offeredLanguages(),
                    info.defaultLanguageOffered());
        } catch (RuntimeException e) {
            if (!DatabaseUnavailablePage.databaseUnavailable(e)) {
                throw e;
            }
            // the database is down: still answer (the health endpoint, the 503 page) in the visitor's language
            language = LanguageChoice.choose(
                    chosen(request),
                    request.getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                    EnumSet.allOf(Language.class),
                    Language.ITALIAN);
        }
        request.setAttribute(RESOLVED, language);
        return language;
    }

    /** The switch sets the language for this page and the next ones; one not offered (or garbage) changes nothing. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Set<Language> offered = organisation.info().offeredLanguages();
        var chosen = Language.ofLocale(locale).filter(offered::contains);
        if (chosen.isEmpty()) {
            return;
        }
        request.setAttribute(RESOLVED, chosen.get());
        if (response != null) {
            response.addHeader(
                    HttpHeaders.SET_COOKIE,
                    ResponseCookie.from(COOKIE, chosen.get().tag())
                            .path("/")
                            .maxAge(REMEMBERED)
                            .httpOnly(true)
                            .sameSite("Lax")
                            .build()
                            .toString());
        }
        chooseLanguage.handle(chosen.get().locale());
    }

    /** The tag the switch left in the cookie, or null. */
    static String chosen(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
