package org.percorsi.web;

import java.util.Set;
import java.util.function.Supplier;
import org.percorsi.files.FilesApi;
import org.percorsi.organisation.OrganisationApi.OrganisationInfo;
import org.percorsi.shared.language.Language;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The organisation as the layout shows it (name, logo, contact office, the languages of the switch), read once
 * per request, and whether the visitor may enter the back office.
 */
public record Site(
        String name,
        String logoUrl,
        String contactOfficeName,
        String contactEmail,
        String contactPhone,
        String contactAddress,
        boolean backOffice,
        long unreadNotifications,
        Set<Language> languages) {

    static final String ATTRIBUTE = Site.class.getName();

    private static final Site FALLBACK =
            new Site("Percorsi", null, null, null, null, null, false, 0, Set.of(Language.ITALIAN));

    /** The site for one request; {@code backOffice} says whether to show the back-office link. */
    static Site of(OrganisationInfo info, boolean backOffice, long unreadNotifications) {
        return new Site(
                info.name(),
                FilesApi.url(info.logoFileId()),
                info.contactOfficeName(),
                info.contactEmail(),
                info.contactPhone(),
                info.contactAddress(),
                backOffice,
                unreadNotifications,
                info.offeredLanguages());
    }

    /** The switch offers a choice only when there is one. */
    public boolean offersAChoice() {
        return languages.size() > 1;
    }

    /** The site of the request being rendered; a plain fallback where none was set (e.g. very early errors). */
    public static Site current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object site = attributes == null ? null : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (site instanceof Supplier<?> lazy && lazy.get() instanceof Site computed) {
            // first use on this request: computed once, kept for the rest of the page
            attributes.setAttribute(ATTRIBUTE, computed, RequestAttributes.SCOPE_REQUEST);
            return computed;
        }
        return site instanceof Site s ? s : FALLBACK;
    }
}
