package org.percorsi.stakeholders.usecases;

import java.util.List;
import org.percorsi.stakeholders.OrganisationKind;

/**
 * An organisation of the registry as the office types it: name, kind, codes (checked and normalised by the use
 * case), what it does, its website, the private contact (back office only), the themes and neighbourhoods.
 */
public record OrganisationForm(
        String name,
        OrganisationKind kind,
        String fiscalCode,
        String runtsNumber,
        String ipaCode,
        String description,
        String website,
        String contactName,
        String contactEmail,
        String contactPhone,
        List<Long> themeIds,
        List<Long> scopeIds) {

    public static OrganisationForm empty() {
        return new OrganisationForm(null, null, null, null, null, null, null, null, null, null, List.of(), List.of());
    }

    public List<Long> themes() {
        return themeIds == null
                ? List.of()
                : themeIds.stream().filter(id -> id != null).distinct().toList();
    }

    public List<Long> scopes() {
        return scopeIds == null
                ? List.of()
                : scopeIds.stream().filter(id -> id != null).distinct().toList();
    }
}
