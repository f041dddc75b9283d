package org.percorsi.shared.validation;

import org.springframework.validation.BindingResult;

/**
 * A use case refused the request for a reason the person can fix ("the end comes
 * before the start"). It names the form field, if any, and a message key, so
 * that the page shows the message beside the field in the visitor's language.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public RuleViolation(String field, String messageKey, Object... args) {
        super(messageKey + (field == null ? "" : " on " + field));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** Refusal of the whole request, not of one field. */
    public static RuleViolation global(String messageKey, Object... args) {
        return new RuleViolation(null, messageKey, args);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }

    /** Puts this refusal on the form's errors, so the form is shown again with it. */
    public void addTo(BindingResult result) {
        if (field == null) {
            result.reject(messageKey, args, messageKey);
        } else {
            result.rejectValue(field, messageKey, args, messageKey);
        }
    }
}
