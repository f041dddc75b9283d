package org.percorsi.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A one-line confirmation shown on the page a form redirects to ("Process published"). */
public final class Flash {

    public static final String ATTRIBUTE = "flashSuccess";

    private Flash() {
    }

    public static void success(RedirectAttributes redirect, String messageKey) {
        redirect.addFlashAttribute(ATTRIBUTE, messageKey);
    }
}
