package org.percorsi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.percorsi.notifications.Notifications;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.shared.web.PersonalParts;
import org.percorsi.translations.TranslatorWork;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Makes the organisation's details available to the layout of each page request.
 * They are read only when a page is actually rendered: a form that answers with a
 * redirect (a support, a comment) costs no query for them.
 */
@Component
class SiteInterceptor implements HandlerInterceptor {

    private final OrganisationApi organisation;
    private final ProcessPermissions permissions;
    private final Notifications notifications;
    private final TranslatorWork translators;

    SiteInterceptor(
            OrganisationApi organisation,
            ProcessPermissions permissions,
            Notifications notifications,
            TranslatorWork translators) {
        this.organisation = organisation;
        this.permissions = permissions;
        this.notifications = notifications;
        this.translators = translators;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(Site.ATTRIBUTE) == null) {
            boolean signedIn = request.getUserPrincipal() != null;
            request.setAttribute(Site.ATTRIBUTE, (Supplier<Site>) () -> Site.of(
                    organisation.info(),
                    // translators find their queue in the back office too, platform ones without a process role
                    signedIn && (permissions.managesAny() || translators.signedInTranslates()),
                    signedIn && !PersonalParts.sharing() ? notifications.unread() : 0));
        }
        return true;
    }
}
