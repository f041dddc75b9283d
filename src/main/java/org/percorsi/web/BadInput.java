package org.percorsi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What was wrong with a request no form of ours would send, so that the 400 (or 413) page can say it
 * in the visitor's language instead of a generic "not understood".
 */
enum BadInput {
    CONTROL_CHARACTERS(400, "error.badInput.controlCharacters"),
    UNREADABLE(400, "error.badInput.unreadable"),
    TOO_MANY_ITEMS(400, "error.badInput.tooManyItems"),
    WRONG_VALUE(400, "error.badInput.wrongValue"),
    TOO_LARGE(413, "error.badInput.tooLarge");

    /** The request attribute that carries the reason to the error page. */
    static final String ATTRIBUTE = BadInput.class.getName();

    final int status;
    final String messageKey;

    BadInput(int status, String messageKey) {
        this.status = status;
        this.messageKey = messageKey;
    }

    /** Answers with the styled error page for this reason. */
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(ATTRIBUTE, this);
        response.sendError(status);
    }

    /**
     * True for characters no text of ours holds: NUL and the other control characters (tab, carriage
     * return and line feed are allowed where {@code multiline}, as a text area sends them).
     */
    static boolean hasControlCharacters(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(multiline && (c == '\t' || c == '\r' || c == '\n'))) {
                return true;
            }
        }
        return false;
    }
}
