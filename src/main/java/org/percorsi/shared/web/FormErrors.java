package org.percorsi.shared.web;

import java.util.HashMap;
import java.util.List;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * Validation errors of a submitted form, for its template: whether a field is
 * wrong and the message to show beside it, in the visitor's language.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(null);

    private final BindingResult result;

    private FormErrors(BindingResult result) {
        this.result = result;
    }

    public static FormErrors of(BindingResult result) {
        return new FormErrors(result);
    }

    /** The errors of a form that was not bound (plain request parameters): the one rule it broke. */
    public static FormErrors of(RuleViolation refusal) {
        var result = new MapBindingResult(new HashMap<>(), "form");
        refusal.addTo(result);
        return of(result);
    }

    public static FormErrors none() {
        return NONE;
    }

    public boolean any() {
        return result != null && result.hasErrors();
    }

    public boolean has(String field) {
        return result != null && result.hasFieldErrors(field);
    }

    public String message(String field) {
        FieldError error = result == null ? null : result.getFieldError(field);
        return error == null ? "" : View.resolve(error);
    }

    /** Errors that belong to the whole form rather than one field. */
    public List<String> global() {
        if (result == null) {
            return List.of();
        }
        return result.getGlobalErrors().stream().map(View::resolve).toList();
    }

    /** Every message, each with the field it belongs to (null for the whole form), for the summary. */
    public List<Item> all() {
        if (result == null) {
            return List.of();
        }
        return result.getAllErrors().stream()
                .map(e -> new Item(e instanceof FieldError fe ? fe.getField() : null, View.resolve(e)))
                .toList();
    }

    public record Item(String field, String message) {}
}
