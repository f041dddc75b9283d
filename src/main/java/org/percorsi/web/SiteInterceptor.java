package org.percorsi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessPermissions;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Puts the organisation's details on each page request for the layout. */
@Component
class SiteInterceptor implements HandlerInterceptor {

    private final OrganisationApi organisation;
    private final ProcessPermissions permissions;

    SiteInterceptor(OrganisationApi organisation, ProcessPermissions permissions) {
        this.organisation = organisation;
        this.permissions = permissions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(Site.ATTRIBUTE) == null) {
            boolean signedIn = request.getUserPrincipal() != null;
            request.setAttribute(Site.ATTRIBUTE, Site.of(organisation.info(), signedIn && permissions.managesAny()));
        }
        return true;
    }
}
