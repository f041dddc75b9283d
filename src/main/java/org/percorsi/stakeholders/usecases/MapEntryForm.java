package org.percorsi.stakeholders.usecases;

/**
 * A place on a process's stakeholder map: an organisation of the registry (by its name) or an expert in person,
 * for a theme and/or a neighbourhood (or the whole process), internal or external, invited or self-proposed.
 */
public record MapEntryForm(
        String organisation,
        String expertName,
        String expertField,
        String expertEmail,
        Boolean namePublic,
        Long themeId,
        Long scopeId,
        Boolean internal,
        String engagement,
        String note) {

    /** Unticked checkboxes are not sent: absent means no. */
    public boolean consents() {
        return Boolean.TRUE.equals(namePublic);
    }

    public boolean isInternal() {
        return Boolean.TRUE.equals(internal);
    }

    public static MapEntryForm empty() {
        return new MapEntryForm("", "", "", "", false, null, null, false, "INVITED", "");
    }
}
