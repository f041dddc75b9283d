package org.percorsi.stakeholders.web;

import org.percorsi.shared.web.FormErrors;

/**
 * Which form of the table's back-office page was refused, and why: its errors go beside it and in the summary,
 * and the many other forms of the page (one per member) stay clean.
 */
public record FailedForm(String form, Long memberId, FormErrors errors) {

    static FailedForm none() {
        return new FailedForm("", null, FormErrors.none());
    }

    /** The errors for this form (and this member's form), none for the others. */
    public FormErrors of(String name, Long member) {
        return form.equals(name) && (member == null || member.equals(memberId)) ? errors : FormErrors.none();
    }

    /** The prefix of the refused form's field ids, for the summary's links. */
    public String prefix() {
        return memberId == null ? form + "-" : form + "-" + memberId + "-";
    }
}
