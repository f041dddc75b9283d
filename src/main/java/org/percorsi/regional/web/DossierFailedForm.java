package org.percorsi.regional.web;

import org.percorsi.shared.web.FormErrors;

/** Which form of the dossier's page failed, with what was typed in it; the other forms are shown clean. */
public record DossierFailedForm(String form, Object typed, FormErrors errors) {

    static DossierFailedForm none() {
        return new DossierFailedForm("", null, FormErrors.none());
    }

    /** The errors of this form, none for the others. */
    public FormErrors of(String name) {
        return form.equals(name) ? errors : FormErrors.none();
    }
}
