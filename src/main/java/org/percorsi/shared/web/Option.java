package org.percorsi.shared.web;

/** One choice of a select or a group of checkboxes: the submitted value and what the person reads. */
public record Option(String value, String label) {

    public static Option of(Object value, String label) {
        return new Option(String.valueOf(value), label);
    }
}
