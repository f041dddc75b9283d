package org.percorsi.shared.web;

import org.percorsi.shared.validation.RuleViolation;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A one-line confirmation shown on the page a form redirects to ("Process published"). */
public final class Flash {

    public static final String ATTRIBUTE = "flashSuccess";

    private Flash() {}

    /** Attribute of a refusal carried across a redirect, already worded in the person's language. */
    public static final String REFUSAL = "flashRefusal";

    public static void success(RedirectAttributes redirect, String messageKey) {
        redirect.addFlashAttribute(ATTRIBUTE, messageKey);
    }

    /** An action refused by a rule, shown as an error on the page the request redirects to. */
    public static void refusal(RedirectAttributes redirect, RuleViolation refusal) {
        redirect.addFlashAttribute(REFUSAL, View.t(refusal.messageKey(), refusal.args()));
    }
}
